namespace SalesSuite.SharedKernel.Security;

/// <summary>Whose records a user may see and change: their own, their team subtree's, or the whole tenant's.</summary>
public enum RecordScope
{
    Own,
    Team,
    Tenant,
}

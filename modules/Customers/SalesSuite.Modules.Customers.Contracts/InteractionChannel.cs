namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>How an imported interaction took place.</summary>
public enum InteractionChannel
{
    Call,
    Visit,
    Email,
    Note,
}

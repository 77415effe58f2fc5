namespace SalesSuite.SharedKernel.Security;

/// <summary>The grant of the current scope, set once per request (before execution) or per background scope.</summary>
public interface ICurrentAccess
{
    AccessGrant? Grant { get; }

    void Set(AccessGrant grant);
}

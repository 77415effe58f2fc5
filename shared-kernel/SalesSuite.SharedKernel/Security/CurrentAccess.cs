namespace SalesSuite.SharedKernel.Security;

internal sealed class CurrentAccess : ICurrentAccess
{
    public AccessGrant? Grant { get; private set; }

    public void Set(AccessGrant grant) => Grant = grant;
}

namespace SalesSuite.SharedKernel.Audit;

internal sealed class AuditContext : IAuditContext
{
    public string? ActorId { get; set; }

    public string? Operation { get; set; }

    public string? RequestId { get; set; }

    public string? ClientAddress { get; set; }
}

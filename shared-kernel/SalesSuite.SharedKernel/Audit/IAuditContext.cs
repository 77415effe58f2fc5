namespace SalesSuite.SharedKernel.Audit;

/// <summary>Who is acting in this scope and why, for the audit log. The host fills it per request; mutations name their operation.</summary>
public interface IAuditContext
{
    string? ActorId { get; set; }

    /// <summary>The operation being performed; changes are audited only while one is set.</summary>
    string? Operation { get; set; }

    string? RequestId { get; set; }

    string? ClientAddress { get; set; }
}

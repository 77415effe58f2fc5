using SalesSuite.SharedKernel.Data;

namespace SalesSuite.ArchitectureTests.Planted.Aggregates;

/// <summary>Violation: a handler can set its status to anything, past the rules.</summary>
internal sealed class PubliclySetAggregate : AggregateRoot
{
    public string Status { get; set; } = "open";
}

/// <summary>Violation: any code of the module can set it (internal, protected internal), or fill it in an object initializer (init).</summary>
internal class InternallySetAggregate : AggregateRoot
{
    public int Count { get; internal set; }

    public string Name { get; init; } = string.Empty;

    public decimal Total { get; protected internal set; }
}

/// <summary>Allowed: private setters, a factory and a method that says what happens; read-only and computed members.</summary>
internal sealed class EncapsulatedAggregate : AggregateRoot
{
    private EncapsulatedAggregate()
    {
    }

    public string Status { get; private set; } = "open";

    public List<string> Tags { get; private set; } = [];

    public bool IsClosed => Status == "closed";

    public static EncapsulatedAggregate Open() => new();

    public void Close() => Status = "closed";
}

/// <summary>Allowed: a child entity (not an aggregate root) is out of the rule's scope; its aggregate guards it.</summary>
internal sealed class OpenChildEntity : TenantEntity
{
    public string Note { get; set; } = string.Empty;
}

/// <summary>Allowed: a read-model row (a projection written by event handlers) is not an aggregate.</summary>
internal sealed class OpenReadModelRow
{
    public decimal Amount { get; set; }
}

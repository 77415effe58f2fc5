namespace SalesSuite.SharedKernel.Data;

/// <summary>An aggregate with an optimistic-concurrency version: a stale write is refused with CONFLICT.</summary>
public interface IVersioned
{
    long Version { get; }
}

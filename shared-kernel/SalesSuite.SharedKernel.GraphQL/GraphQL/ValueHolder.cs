namespace SalesSuite.SharedKernel.GraphQL;

internal sealed class ValueHolder<TValue>(TValue value)
{
    public TValue Value { get; } = value;
}

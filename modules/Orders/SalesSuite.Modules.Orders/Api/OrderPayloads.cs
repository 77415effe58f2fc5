using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Api;

/// <summary>The payload and input types several Orders mutations share, one instance each.</summary>
internal sealed class OrderPayloads
{
    public ObjectGraphType Order { get; } = SchemaBuilders.Payload("OrderPayload", ("order", "Order"));

    /// <summary><c>SpecificationAttributeInput</c> of createOrder's lines and of addOrderLine.</summary>
    public SpecificationAttributeInputGraphType Attribute { get; } = new();
}

using GraphQL.Types;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>The Relay <c>Node</c> interface; every object with a global id implements it.</summary>
public sealed class NodeGraphType : InterfaceGraphType
{
    public NodeGraphType()
    {
        Name = "Node";
        Description = "An object with a global, opaque id that node(id:) resolves.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global id.");
    }
}

using GraphQL.Resolvers;
using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.ReassignCustomers;

internal static class ReassignCustomersField
{
    public static void Register(ISchemaSlice slice)
    {
        var payload = new ObjectGraphType { Name = "ReassignCustomersPayload" };
        payload.AddField(new FieldType
        {
            Name = "count",
            Description = "How many customers changed owner.",
            ResolvedType = new NonNullGraphType(new IntGraphType()),
            Resolver = new FuncFieldResolver<object?>(ctx => ((IDictionary<string, object?>)ctx.Source!)["count"]),
        });
        slice.AddMutation<ReassignCustomersHandler, ReassignCustomersInput>("reassignCustomers", new ReassignCustomersInputGraphType(), payload,
            "Moves every customer of one owner (that you can see) to another owner, e.g. when a rep leaves.",
            (handler, input, ct) => SchemaBuilders.Payload("count", handler.HandleAsync(input, ct)));
    }
}

using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.BulkUpdateCustomers;

internal static class BulkUpdateCustomersField
{
    public static void Register(ISchemaSlice slice)
    {
        var payload = new ObjectGraphType { Name = "BulkUpdateCustomersPayload" };
        payload.AddField(Fields.Read("customers", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Customer")))),
            source => ((IDictionary<string, object?>)source)["customers"], "The updated customers, in the order of ids."));
        slice.AddMutation<BulkUpdateCustomersHandler, BulkUpdateCustomersInput>("bulkUpdateCustomers", new BulkUpdateCustomersInputGraphType(), payload,
            "Changes owner, level and tags of many customers, all or none; send versions (one per id) to refuse the change (CONFLICT) " +
            "if any changed since you read it.",
            (handler, input, ct) => SchemaBuilders.Payload("customers", handler.HandleAsync(input, ct)));
    }
}

using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Reporting.Api;

/// <summary>The payload of a delete: the id of what was deleted.</summary>
internal static class DeletedPayload
{
    public static ObjectGraphType Named(string name)
    {
        var payload = new ObjectGraphType { Name = name };
        payload.AddField(Fields.Read("deletedId", new NonNullGraphType(new IdGraphType()), s => ((IDictionary<string, object?>)s)["deletedId"]));
        return payload;
    }
}

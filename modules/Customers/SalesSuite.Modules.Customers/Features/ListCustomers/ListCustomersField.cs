using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Customers.Api;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Features.ListCustomers;

/// <summary>customers: the customer list, searched, filtered, sorted and paged.</summary>
internal static class ListCustomersField
{
    public static void Register(ISchemaSlice slice)
    {
        slice.AddQueryField(Fields.Create(
            "customers",
            new NonNullGraphType(ConnectionTypes.For(slice, "Customer")),
            async ctx =>
            {
                await using var db = ctx.Db<CustomersDbContext>();
                var query = db.Customers.AsQueryable();
                if (ctx.GetArgument<bool>("includeArchived") is false)
                {
                    query = query.Where(c => c.ArchivedAt == null);
                }

                if (ctx.GetArgument<string?>("search") is { Length: > 0 } search)
                {
                    // Contact phone and email are encrypted: they match exactly, through their blind indexes.
                    // A role denied a contact's email or phone may not find customers by it either.
                    var term = search.Trim().ToLowerInvariant();
                    var grant = AccessGrant.Of(ctx);
                    var emailKey = term.Contains('@', StringComparison.Ordinal) && grant?.Denies("Contact", "email") != true ? ContactLookup.EmailKey(term)
                        : null;
                    var phoneKey = grant?.Denies("Contact", "phone") == true ? null : ContactLookup.PhoneKey(term);
                    query = query.Where(c => c.NameNormalized.Contains(term)
                        || c.Contacts.Any(k => (emailKey != null && k.EmailIndex == emailKey) || (phoneKey != null && k.PhoneIndex == phoneKey)));
                }

                return await CustomersSchema.CustomerSpec.ToConnectionAsync(query, ctx);
            },
            "Customers, filtered, sorted and paged. Archived customers are left out unless includeArchived is true.",
            CustomersSchema.CustomerSpec.Arguments(slice,
                new QueryArgument(new StringGraphType())
                {
                    Name = "search",
                    Description = "Quick lookup: part of the name (case-insensitive), or a contact's exact email or phone number."
                },
                new QueryArgument(new BooleanGraphType()) { Name = "includeArchived", DefaultValue = false })));
    }
}

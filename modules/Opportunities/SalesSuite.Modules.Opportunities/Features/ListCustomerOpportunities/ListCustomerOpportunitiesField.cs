using GraphQL.Types;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.ListCustomerOpportunities;

/// <summary>Customer.opportunities: a customer's opportunities, paged like the root list, the pages of a list of customers loaded together.</summary>
internal static class ListCustomerOpportunitiesField
{
    public static void Register(ISchemaSlice slice) =>
        slice.ExtendType("Customer", Fields.Batched(
            "opportunities",
            new NonNullGraphType(ConnectionTypes.For(slice, "Opportunity")),
            ctx => OpportunityQuerySpecs.Opportunity.LoadPage<OpportunitiesDbContext, Guid>(ctx, "opp.byCustomer", ((ICustomerRecord)ctx.Source!).Id,
                o => o.CustomerId, db => db.Opportunities, q => q.OrderByDescending(o => o.CreatedAt)),
            "The customer's opportunities within your scope, filtered, sorted and paged like the root opportunities (newest first by default); " +
            "the pages of all customers of a list are loaded together.",
            OpportunityQuerySpecs.Opportunity.NestedArguments(slice)).Reads());
}

using GraphQL.DataLoader;
using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Api;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Opportunities.Features.GetOrderOpportunity;

/// <summary>Order.opportunity: the opportunity an order came from, loaded together for a list of orders.</summary>
internal static class GetOrderOpportunityField
{
    public static void Register(ISchemaSlice slice) =>
        slice.ExtendType("Order", Fields.Batched(
            "opportunity",
            new GraphQLTypeReference("Opportunity"),
            ctx => ((IOrderRecord)ctx.Source!).OpportunityId is { } id ? OpportunityLoaders.ById(ctx).Load(id) : new NoOpportunity(),
            "The opportunity the order came from, if any and within your scope."));

    /// <summary>A deferred null, for orders without an opportunity.</summary>
    private sealed class NoOpportunity : IDataLoaderResult
    {
        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult<object?>(null);
    }
}

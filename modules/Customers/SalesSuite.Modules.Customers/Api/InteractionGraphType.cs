using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Api;

internal sealed class InteractionGraphType : ObjectGraphType<Interaction>
{
    public InteractionGraphType()
    {
        Name = "Interaction";
        Description = "A call, visit, email or note on a customer's timeline.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is Interaction;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Interaction", ctx.Source.Id));
        Field<NonNullGraphType<InteractionKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Subject);
        Field(x => x.Notes, nullable: true);
        Field(x => x.OccurredAt);
        Field(x => x.CreatedBy).Description("User id of who logged it.");
        Field(x => x.NextFollowUpAt, nullable: true).Description("When the customer's owner should follow up.");
        Field(x => x.FollowUpDoneAt, nullable: true);
        Field<CustomerGraphType>("customer")
            .Resolve(ctx => CustomerLoader(ctx).Load(ctx.Source.CustomerId));
    }

    private static BatchLoader<Guid, Customer> CustomerLoader(GraphQL.IResolveFieldContext ctx) => CustomerLoaders.ById(ctx);
}

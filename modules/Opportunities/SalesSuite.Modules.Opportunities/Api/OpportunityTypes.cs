using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Opportunities.Api;

internal sealed class StageKindGraphType : EnumerationGraphType<StageKind>
{
    public StageKindGraphType() => Name = "StageKind";
}

internal sealed class OpportunityStatusGraphType : EnumerationGraphType<OpportunityStatus>
{
    public OpportunityStatusGraphType() => Name = "OpportunityStatus";
}

internal sealed class PipelineStageGraphType : ObjectGraphType<PipelineStage>
{
    public PipelineStageGraphType()
    {
        Name = "PipelineStage";
        Description = "A step of the tenant's sales pipeline.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is PipelineStage;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("PipelineStage", ctx.Source.Id));
        Field(x => x.Name);
        Field(x => x.Position);
        Field(x => x.DefaultProbability);
        Field<NonNullGraphType<StageKindGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Active);
        Field(x => x.Version);
    }
}

internal sealed class OpportunityGraphType : ObjectGraphType<Opportunity>
{
    public OpportunityGraphType()
    {
        Name = "Opportunity";
        Description = "A chance to sell to a customer, moving through the pipeline to won or lost.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is Opportunity;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Opportunity", ctx.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("customerId").Resolve(ctx => GlobalId.Encode("Customer", ctx.Source.CustomerId));
        Field(x => x.Title);
        Field(x => x.Requirement, nullable: true).Description("What the customer needs.");
        Field<DecimalGraphType>("amount").Description("In the opportunity's currency.").Resolve(ctx => ctx.Source.Amount).FieldType.Deniable();
        Field(x => x.Currency);
        Field<DecimalGraphType>("rateToBase").Description("Base-currency units per unit of currency on the opportunity's registration day, kept: later rate changes do not move it. Null only for rows registered before conversion existed.")
            .Resolve(ctx => ctx.Source.RateToBase).FieldType.NotDerived();
        Field<StringGraphType>("baseCurrency").Description("The tenant base currency that rateToBase converts to.").Resolve(ctx => ctx.Source.BaseCurrency);
        Field<DecimalGraphType>("amountInBase").Description("amount × rateToBase, rounded to cents (half away from zero).").Resolve(ctx => ctx.Source.AmountInBase)
            .FieldType.DerivedFrom("Opportunity.amount");
        Field<DateOnlyGraphType>("expectedCloseDate").Resolve(ctx => ctx.Source.ExpectedCloseDate);
        Field(x => x.Probability).Description("Chance to win, 0-100.");
        Field<DecimalGraphType>("weightedAmount").Description("amount × probability / 100.")
            .Resolve(ctx => decimal.Round(ctx.Source.Amount * ctx.Source.Probability / 100m, 4, MidpointRounding.ToEven)).FieldType.DerivedFrom("Opportunity.amount");
        Field(x => x.Source, nullable: true);
        Field(x => x.OwnerId);
        Field<NonNullGraphType<OpportunityStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<PipelineStageGraphType>>("stage").Resolve(ctx => Loaders.Stages(ctx).Load(ctx.Source.StageId));
        Field(x => x.StageEnteredAt);
        Field(x => x.ClosedAt, nullable: true);
        Field(x => x.CloseReason, nullable: true).Description("Why it was won or lost.");
        Field(x => x.CreatedAt);
        Field(x => x.UpdatedAt);
        Field(x => x.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StageChangeGraphType>>>>("stageHistory").Description("Every stage move, oldest first.")
            .Resolve(ctx => Loaders.History<StageChange>(ctx, "opp.stageHistory", db => db.StageChanges, c => c.OpportunityId, c => c.At).Load(ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssignmentGraphType>>>>("assignments").Description("Every change of owner, oldest first.")
            .Resolve(ctx => Loaders.History<Assignment>(ctx, "opp.assignments", db => db.Assignments, a => a.OpportunityId, a => a.At).Load(ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpGraphType>>>>("followUps").Description("The follow-up log, oldest first.")
            .Resolve(ctx => Loaders.History<FollowUp>(ctx, "opp.followUps", db => db.FollowUps, f => f.OpportunityId, f => f.At).Load(ctx.Source.Id));
    }
}

internal sealed class StageChangeGraphType : ObjectGraphType<StageChange>
{
    public StageChangeGraphType()
    {
        Name = "StageChange";
        Field<PipelineStageGraphType>("from").Resolve(ctx => ctx.Source.FromStageId is { } id ? Loaders.Stages(ctx).Load(id) : null);
        Field<NonNullGraphType<PipelineStageGraphType>>("to").Resolve(ctx => Loaders.Stages(ctx).Load(ctx.Source.ToStageId));
        Field(x => x.At);
        Field(x => x.ActorId);
    }
}

internal sealed class AssignmentGraphType : ObjectGraphType<Assignment>
{
    public AssignmentGraphType()
    {
        Name = "OpportunityAssignment";
        Field(x => x.FromOwnerId, nullable: true);
        Field(x => x.ToOwnerId);
        Field(x => x.At);
        Field(x => x.ActorId);
        Field(x => x.Reason, nullable: true);
    }
}

internal sealed class FollowUpGraphType : ObjectGraphType<FollowUp>
{
    public FollowUpGraphType()
    {
        Name = "OpportunityFollowUp";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("OpportunityFollowUp", ctx.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("opportunityId").Resolve(ctx => GlobalId.Encode("Opportunity", ctx.Source.OpportunityId));
        Field(x => x.Note);
        Field(x => x.At);
        Field(x => x.ActorId);
        Field(x => x.NextFollowUpAt, nullable: true);
        Field(x => x.DoneAt, nullable: true);
    }
}

internal static class Loaders
{
    public static BatchLoader<Guid, PipelineStage> Stages(IResolveFieldContext ctx)
    {
        return ctx.Loader<OpportunitiesDbContext, Guid, PipelineStage>("opp.stages", async (db, ids, ct) =>
        {
            return await db.Stages.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        });
    }

    public static BatchLoader<Guid, IReadOnlyList<T>> History<T>(IResolveFieldContext ctx, string name, Func<OpportunitiesDbContext, IQueryable<T>> set,
        System.Linq.Expressions.Expression<Func<T, Guid>> key, System.Linq.Expressions.Expression<Func<T, DateTimeOffset>> order)
    {
        var keyOf = key.Compile();
        return ctx.GroupedLoader<OpportunitiesDbContext, Guid, T>(name, async (db, ids, ct) =>
        {
            var parameter = key.Parameters[0];
            var contains = System.Linq.Expressions.Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)],
                System.Linq.Expressions.Expression.Constant(ids), key.Body);
            return await set(db).Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(contains, parameter)).OrderBy(order).ToListAsync(ct);
        }, keyOf);
    }
}

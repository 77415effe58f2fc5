using GraphQL.Types;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Opportunities.Api;

internal sealed class OpportunityGraphType : ObjectGraphType<Opportunity>
{
    public OpportunityGraphType()
    {
        Name = "Opportunity";
        Description = "A chance to sell to a customer, moving through the pipeline to won or lost.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is Opportunity;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Opportunity", ctx.Source.Id)).Reads();
        Field<NonNullGraphType<IdGraphType>>("customerId").Resolve(ctx => GlobalId.Encode("Customer", ctx.Source.CustomerId))
            .Reads(nameof(Opportunity.CustomerId));
        Field(x => x.Title).Reads(nameof(Opportunity.Title));
        Field(x => x.Requirement, nullable: true).Reads(nameof(Opportunity.Requirement)).Description("What the customer needs.");
        Field<DecimalGraphType>("amount").Description("In the opportunity's currency.").Resolve(ctx => ctx.Source.Amount)
            .Reads(nameof(Opportunity.AmountScaled)).FieldType.Deniable();
        Field(x => x.Currency).Reads(nameof(Opportunity.Currency));
        Field<DecimalGraphType>("rateToBase")
            .Description(
                "Base-currency units per unit of currency on the opportunity's registration day, kept: later rate changes do not move it. Null only for rows " +
                "registered before conversion existed.")
            .Resolve(ctx => ctx.Source.RateToBase).Reads(nameof(Opportunity.RateToBase)).FieldType.NotDerived();
        Field<StringGraphType>("baseCurrency").Description("The tenant base currency that rateToBase converts to.").Resolve(ctx => ctx.Source.BaseCurrency)
            .Reads(nameof(Opportunity.BaseCurrency));
        Field<DecimalGraphType>("amountInBase").Description("amount × rateToBase, rounded to cents (half away from zero).")
            .Resolve(ctx => ctx.Source.AmountInBase).Reads(nameof(Opportunity.AmountInBaseScaled))
            .FieldType.DerivedFrom("Opportunity.amount");
        Field<DateOnlyGraphType>("expectedCloseDate").Resolve(ctx => ctx.Source.ExpectedCloseDate).Reads(nameof(Opportunity.ExpectedCloseDate));
        Field(x => x.Probability).Reads(nameof(Opportunity.Probability)).Description("Chance to win, 0-100.");
        Field<DecimalGraphType>("weightedAmount").Description("amount × probability / 100.")
            .Resolve(ctx => decimal.Round(ctx.Source.Amount * ctx.Source.Probability / 100m, 4, MidpointRounding.ToEven))
            .Reads(nameof(Opportunity.AmountScaled), nameof(Opportunity.Probability)).FieldType
                .DerivedFrom("Opportunity.amount");
        Field(x => x.Source, nullable: true).Reads(nameof(Opportunity.Source));
        Field(x => x.OwnerId).Reads(nameof(Opportunity.OwnerId));
        Field<NonNullGraphType<OpportunityStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status).Reads(nameof(Opportunity.Status));
        Field<NonNullGraphType<PipelineStageGraphType>>("stage").Resolve(ctx => OpportunityLoaders.Stages(ctx).Load(ctx.Source.StageId))
            .Reads(nameof(Opportunity.StageId));
        Field(x => x.StageEnteredAt).Reads(nameof(Opportunity.StageEnteredAt));
        Field(x => x.ClosedAt, nullable: true).Reads(nameof(Opportunity.ClosedAt));
        Field(x => x.CloseReason, nullable: true).Reads(nameof(Opportunity.CloseReason)).Description("Why it was won or lost.");
        Field(x => x.CreatedAt).Reads(nameof(Opportunity.CreatedAt));
        Field(x => x.UpdatedAt).Reads(nameof(Opportunity.UpdatedAt));
        Field(x => x.Version).Reads(nameof(Opportunity.Version));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StageChangeGraphType>>>>("stageHistory").Description("Every stage move, oldest first.")
            .Resolve(ctx => OpportunityLoaders.History<StageChange>(ctx, "opp.stageHistory", db => db.StageChanges, c => c.OpportunityId, c => c.At)
                .Load(ctx.Source.Id))
            .Reads();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssignmentGraphType>>>>("assignments").Description("Every change of owner, oldest first.")
            .Resolve(ctx => OpportunityLoaders.History<Assignment>(ctx, "opp.assignments", db => db.Assignments, a => a.OpportunityId, a => a.At)
                .Load(ctx.Source.Id))
            .Reads();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpGraphType>>>>("followUps").Description("The follow-up log, oldest first.")
            .Resolve(ctx => OpportunityLoaders.History<FollowUp>(ctx, "opp.followUps", db => db.FollowUps, f => f.OpportunityId, f => f.At)
                .Load(ctx.Source.Id))
            .Reads();
    }
}

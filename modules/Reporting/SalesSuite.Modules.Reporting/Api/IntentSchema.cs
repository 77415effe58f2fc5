using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.Modules.Reporting.Features.GetIntentModel;
using SalesSuite.Modules.Reporting.Features.TrainIntentModel;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Api;

/// <summary>
/// Purchase-intent scoring: <c>intentModel</c> (the tenant's trained model and its held-out AUC, or why there is
/// none), <c>trainIntentModel</c> (admins), and <c>intentScore</c> on <c>Opportunity</c> and <c>Customer</c>, batched per
/// page. The sources of those fields come from the user's scope; a customer's score only uses the opportunities the user sees.
/// </summary>
internal static class IntentSchema
{
    /// <summary>The scores weigh in each opportunity's amount in the base currency (a feature of the model).</summary>
    private const string AmountFeature = "Opportunity.amount";

    public static void Build(ISchemaSlice slice)
    {
        var status = new EnumerationGraphType<IntentModelStatus>
        {
            Name = "IntentModelStatus",
            Description = "Whether the tenant has a purchase-intent model."
        };
        var direction = new EnumerationGraphType<IntentDirection> { Name = "IntentDirection", Description = "Whether a factor raised or lowered a score." };
        slice.AddType(status);
        slice.AddType(direction);

        var weight = new ObjectGraphType
        {
            Name = "IntentModelFactor",
            Description = "A feature's weight: the change in log-odds of winning for one standard deviation more."
        };
        weight.AddField(Fields.Read("name", new NonNullGraphType(new StringGraphType()), s => ((KeyValuePair<string, double>)s).Key));
        weight.AddField(Fields.Read("weight", new NonNullGraphType(new FloatGraphType()), s => ((KeyValuePair<string, double>)s).Value).NotDerived());

        var model = new ObjectGraphType
        {
            Name = "IntentModel",
            Description = "The tenant's purchase-intent model, trained on its own won and lost opportunities."
        };
        model.AddField(Fields.Read("status", new NonNullGraphType(status), s => ((IntentModelRecord)s).Status));
        model.AddField(Fields.Read("trainedAt", new DateTimeOffsetGraphType(),
            s => ((IntentModelRecord)s).Status == IntentModelStatus.NotTrained ? null : ((IntentModelRecord)s).TrainedAt));
        model.AddField(Fields.Read("examples", new NonNullGraphType(new IntGraphType()), s => ((IntentModelRecord)s).Examples,
            "Closed opportunities it was trained on."));
        model.AddField(Fields.Read("won", new NonNullGraphType(new IntGraphType()), s => ((IntentModelRecord)s).Won));
        model.AddField(Fields.Read("lost", new NonNullGraphType(new IntGraphType()), s => ((IntentModelRecord)s).Lost));
        model.AddField(Fields.Read("auc", new FloatGraphType(), s => ((IntentModelRecord)s).Auc,
            "Area under the ROC curve of a model fitted on the older deals, on the newest quarter held out (0.5 is guessing).").NotDerived());
        model.AddField(Fields.Read("message", new NonNullGraphType(new StringGraphType()), s => ((IntentModelRecord)s).Message));
        model.AddField(Fields.Read("factors", new NonNullGraphType(new ListGraphType(new NonNullGraphType(weight))),
            s =>
                ((IntentModelRecord)s).Model?.Coefficients.OrderByDescending(c => Math.Abs(c.Value)).ToList()
                    ?? [], "Largest weight first; empty without a model."));

        var factor = new ObjectGraphType
        {
            Name = "IntentScoreFactor",
            Description = "How far a feature moved a score from the tenant's average deal, in log-odds."
        };
        factor.AddField(Fields.Read("name", new NonNullGraphType(new StringGraphType()), s => ((IntentScoreFactor)s).Name));
        factor.AddField(Fields.Read("contribution", new FloatGraphType(), s => ((IntentScoreFactor)s).Contribution).DerivedFrom(AmountFeature));
        factor.AddField(Fields.Read("direction", new NonNullGraphType(direction),
            s => ((IntentScoreFactor)s).Contribution >= 0 ? IntentDirection.Raises : IntentDirection.Lowers));
        var score = new ObjectGraphType
        {
            Name = "IntentScore",
            Description = "Purchase intent: the model's probability of winning, with the factors that raised or lowered it."
        };
        score.AddField(Fields.Read("score", new FloatGraphType(), s => ((IntentScoreResult)s).Score, "Probability of winning, 0 to 1.")
            .DerivedFrom(AmountFeature));
        score.AddField(Fields.Read("factors", new NonNullGraphType(new ListGraphType(new NonNullGraphType(factor))), s => ((IntentScoreResult)s).Factors,
            "Largest effect first."));

        GetIntentModelField.Register(slice, model);
        TrainIntentModelField.Register(slice);

        slice.ExtendType("Opportunity", Fields.Batched("intentScore", score,
            ctx => ctx.RequestServices!.GetRequiredService<BatchLoaders>()
                .Get<Guid, IntentScoreResult>("intentScore.opportunity",
                    (ids, ct) => ctx.RequestServices!.GetRequiredService<IntentScoring>().ScoreOpportunitiesAsync(ids, ct))
                .Load(((IOpportunityRecord)ctx.Source!).Id),
            "Purchase intent of an open opportunity; null when it is closed or the tenant has no trained model. The model weighs the amount in.")
                .DerivedFrom(AmountFeature));
        slice.ExtendType("Customer", Fields.Batched("intentScore", score,
            ctx => ctx.RequestServices!.GetRequiredService<BatchLoaders>()
                .Get<Guid, IntentScoreResult>("intentScore.customer",
                    (ids, ct) => ctx.RequestServices!.GetRequiredService<IntentScoring>().ScoreCustomersAsync(ids, ct))
                .Load(((ICustomerRecord)ctx.Source!).Id),
            "The best purchase intent among the customer's open opportunities that you can see; null when none or without a trained model. The model weighs " +
            "the amounts in.")
            .DerivedFrom(AmountFeature)
            .Reads());
    }
}

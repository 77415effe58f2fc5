using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Api;

internal sealed class AssignmentKindGraphType : EnumerationGraphType<AssignmentKind>
{
    public AssignmentKindGraphType() => Name = "AssignmentKind";
}

internal sealed class AssignmentStrategyGraphType : EnumerationGraphType<AssignmentStrategy>
{
    public AssignmentStrategyGraphType()
    {
        Name = "AssignmentStrategy";
        Description = "How a rule chooses among its target's active reps.";
    }
}

internal sealed class ReminderStatusGraphType : EnumerationGraphType<ReminderStatus>
{
    public ReminderStatusGraphType() => Name = "ReminderStatus";
}

internal sealed class AssignmentRuleGraphType : ObjectGraphType<AssignmentRule>
{
    public AssignmentRuleGraphType()
    {
        Name = "AssignmentRule";
        Description = "A tenant's rule for assigning new customers and opportunities (AUTO1), tried in position order.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("AssignmentRule", ctx.Source.Id));
        Field(x => x.Name);
        Field(x => x.Position);
        Field(x => x.Active);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssignmentKindGraphType>>>>("kinds").Description("The kinds of new records the rule applies to.")
            .Resolve(ctx => new[] { ctx.Source.ForCustomers ? AssignmentKind.Customer : (AssignmentKind?)null, ctx.Source.ForOpportunities ? AssignmentKind.Opportunity : null }.OfType<AssignmentKind>().ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("regions").Description("Any of these customer regions; empty for any.").Resolve(ctx => ctx.Source.Regions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("levels").Description("Any of these customer levels; empty for any.").Resolve(ctx => ctx.Source.Levels);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sources").Description("Any of these sources; empty for any.").Resolve(ctx => ctx.Source.Sources);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("needs")
            .Description("Keywords, one of which the need must contain (an opportunity's title and requirement, a customer's category and industry); empty for any.").Resolve(ctx => ctx.Source.Needs);
        Field(x => x.MinValue, nullable: true).Description("The least opportunity amount in the base currency.").FieldType.NotDerived();
        Field(x => x.MatchTerritory).Description("Only the target's reps whose territory is the record's region are candidates.");
        Field(x => x.TargetUserId, nullable: true).Description("The target rep, when the rule assigns to one rep.");
        Field<IdGraphType>("targetTeamId").Description("The target team, when the rule assigns among a team's reps.")
            .Resolve(ctx => ctx.Source.TargetTeamId is { } id ? GlobalId.Encode("Team", id) : null);
        Field<NonNullGraphType<AssignmentStrategyGraphType>>("strategy").Resolve(ctx => ctx.Source.Strategy);
        Field(x => x.Version);
    }
}

internal sealed class AssignmentLogEntryGraphType : ObjectGraphType<AssignmentLogEntry>
{
    public AssignmentLogEntryGraphType()
    {
        Name = "AutomaticAssignment";
        Description = "How an assignment rule chose the owner of a new record.";
        Field<NonNullGraphType<StringGraphType>>("ownerId").Resolve(ctx => ctx.Source.OwnerId);
        Field<NonNullGraphType<IdGraphType>>("ruleId").Resolve(ctx => GlobalId.Encode("AssignmentRule", ctx.Source.RuleId));
        Field<NonNullGraphType<StringGraphType>>("rule").Description("The rule's name when it chose.").Resolve(ctx => ctx.Source.RuleName);
        Field(x => x.Reason);
        Field(x => x.At);
    }
}

internal sealed class AssignmentPreviewGraphType : ObjectGraphType<AssignmentOutcome>
{
    public AssignmentPreviewGraphType()
    {
        Name = "AssignmentPreview";
        Description = "Where a new record would go now; nothing was changed.";
        Field<StringGraphType>("ownerId").Description("The rep a rule would choose; null when the creator would keep the record.").Resolve(ctx => ctx.Source.OwnerId);
        Field<AssignmentRuleGraphType>("rule").Resolve(ctx => ctx.Source.Rule);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(ctx => ctx.Source.Reason);
    }
}

internal sealed class ReminderGraphType : ObjectGraphType<Reminder>
{
    public ReminderGraphType()
    {
        Name = "Reminder";
        Description = "A reminder in your inbox (AUTO3), kept in step with its condition by a scheduled job.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Reminder", ctx.Source.Id));
        Field(x => x.Kind).Description("FOLLOW_UP, STALLED, ORDER or TARGET.");
        Field<NonNullGraphType<IdGraphType>>("recordId").Description("The global id of the record it is about.").Resolve(ctx => GlobalId.Encode(ctx.Source.RecordType, ctx.Source.RecordId));
        Field(x => x.RecordType);
        Field(x => x.Title);
        Field(x => x.DueAt);
        Field<NonNullGraphType<ReminderStatusGraphType>>("status").Description("SNOOZED only until its time; then OPEN again.")
            .Resolve().WithService<TimeProvider>().Resolve((ctx, clock) => ReminderSchema.EffectiveStatus(ctx.Source, clock.GetUtcNow()));
        Field(x => x.SnoozedUntil, nullable: true);
        Field(x => x.DoneAt, nullable: true);
    }
}

internal sealed class StallSettingGraphType : ObjectGraphType<StallSetting>
{
    public StallSettingGraphType()
    {
        Name = "StallSetting";
        Description = "Days an open opportunity may stay in a stage before a STALLED reminder; without a stage, the tenant's default.";
        Field<IdGraphType>("stageId").Resolve(ctx => ctx.Source.StageId == Guid.Empty ? null : GlobalId.Encode("PipelineStage", ctx.Source.StageId));
        Field(x => x.Days);
    }
}

using GraphQL.MicrosoftDI;
using GraphQL.Types;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Api;

internal sealed class ReminderGraphType : ObjectGraphType<Reminder>
{
    public ReminderGraphType()
    {
        Name = "Reminder";
        Description = "A reminder in your inbox (AUTO3), kept in step with its condition by a scheduled job.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Reminder", ctx.Source.Id));
        Field(x => x.Kind).Description("FOLLOW_UP, STALLED, ORDER or TARGET.");
        Field<NonNullGraphType<IdGraphType>>("recordId").Description("The global id of the record it is about.").Resolve(ctx => GlobalId.Encode(
            ctx.Source.RecordType, ctx.Source.RecordId));
        Field(x => x.RecordType);
        Field(x => x.Title);
        Field(x => x.DueAt);
        Field<NonNullGraphType<ReminderStatusGraphType>>("status").Description("SNOOZED only until its time; then OPEN again.")
            .Resolve().WithService<TimeProvider>().Resolve((ctx, clock) => ReminderSchema.EffectiveStatus(ctx.Source, clock.GetUtcNow()));
        Field(x => x.SnoozedUntil, nullable: true);
        Field(x => x.DoneAt, nullable: true);
    }
}

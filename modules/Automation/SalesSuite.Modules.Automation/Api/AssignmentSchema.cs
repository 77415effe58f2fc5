using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Api;

/// <summary>Assignment rules: the admin's list and changes, the dry run, and the <c>assignment</c> of customers and opportunities.</summary>
internal static class AssignmentSchema
{
    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<AssignmentKindGraphType>();
        slice.AddType<AssignmentStrategyGraphType>();
        slice.AddType<AssignmentRuleGraphType>();
        slice.AddType<AssignmentLogEntryGraphType>();
        slice.AddType<AssignmentPreviewGraphType>();
        slice.AddType<StallSettingGraphType>();
        var rule = new GraphQLTypeReference("AssignmentRule");
        var strings = new ListGraphType(new NonNullGraphType(new StringGraphType()));

        slice.AddQueryField(Fields.Create("assignmentRules", new NonNullGraphType(new ListGraphType(new NonNullGraphType(rule))), async ctx =>
        {
            await using var db = ctx.Db<AutomationDbContext>();
            return await db.Rules.OrderBy(r => r.Position).ThenBy(r => r.CreatedAt).ToListAsync(ctx.CancellationToken);
        }, "The tenant's assignment rules in the order they are tried.").RequirePermission(PermissionNames.AutomationManage));

        var previewInput = SchemaBuilders.Input("AssignmentPreviewInput", "What a new record would carry.",
            ("kind", new NonNullGraphType(new GraphQLTypeReference("AssignmentKind"))), ("region", new StringGraphType()), ("level", new StringGraphType()),
            ("source", new StringGraphType()), ("need", new StringGraphType()), ("value", new DecimalGraphType()))
            .Describe(("value", "The opportunity's amount in the base currency, for rules with a minValue."));
        slice.AddType(previewInput);
        slice.AddQueryField(Fields.CreateWith<AssignmentEngine>("assignmentPreview", new NonNullGraphType(new GraphQLTypeReference("AssignmentPreview")), async (ctx, engine) =>
        {
            var input = InputReader.From(ctx);
            var request = new AssignmentRequest(input.Value<AssignmentKind>("kind")!.Value, Guid.Empty, input.String("region"), input.String("level"),
                input.String("source"), input.String("need"), input.Value<decimal>("value"));
            return await engine.PreviewAsync(request, ctx.CancellationToken);
        }, "A dry run of the assignment rules: the rep, the rule and the reason a new record like this would get now. Changes nothing.",
            new QueryArguments(new QueryArgument(new NonNullGraphType(previewInput)) { Name = "input" })).RequirePermission(PermissionNames.AutomationManage));

        var ruleInput = SchemaBuilders.Input("SaveAssignmentRuleInput", "A new rule (without id, placed last) or the whole of an existing one.",
            ("id", new IdGraphType()), ("version", new LongGraphType()), ("name", new NonNullGraphType(new StringGraphType())),
            ("kinds", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("AssignmentKind")))), ("regions", strings), ("levels", strings), ("sources", strings),
            ("needs", strings), ("minValue", new DecimalGraphType()), ("matchTerritory", new BooleanGraphType()), ("targetUserId", new StringGraphType()), ("targetTeamId", new IdGraphType()),
            ("strategy", new NonNullGraphType(new GraphQLTypeReference("AssignmentStrategy"))), ("active", new BooleanGraphType()))
            .Describe(("minValue", "The least opportunity amount in the base currency; null for any."));
        var rulePayload = SchemaBuilders.Payload("AssignmentRulePayload", ("rule", "AssignmentRule"));
        slice.AddMutation<RuleCommands>("saveAssignmentRule", ruleInput, rulePayload, "Creates or replaces an assignment rule.",
            (c, i, ct) => SchemaBuilders.Payload("rule", c.SaveAsync(i, ct))).RequirePermission(PermissionNames.AutomationManage);

        var deletePayload = new ObjectGraphType { Name = "DeleteAssignmentRulePayload" };
        deletePayload.AddField(Fields.Read("deletedId", new NonNullGraphType(new IdGraphType()), s => GlobalId.Encode("AssignmentRule", (Guid)((IDictionary<string, object?>)s)["id"]!)));
        slice.AddMutation<RuleCommands>("deleteAssignmentRule", SchemaBuilders.Input("DeleteAssignmentRuleInput", "The rule to delete.", ("id", new NonNullGraphType(new IdGraphType()))),
            deletePayload, "Deletes an assignment rule; its log entries stay.", (c, i, ct) => SchemaBuilders.Payload("id", c.DeleteAsync(i, ct))).RequirePermission(PermissionNames.AutomationManage);

        var reorderPayload = new ObjectGraphType { Name = "ReorderAssignmentRulesPayload" };
        reorderPayload.AddField(Fields.Read("rules", new NonNullGraphType(new ListGraphType(new NonNullGraphType(rule))), s => ((IDictionary<string, object?>)s)["rules"]));
        slice.AddMutation<RuleCommands>("reorderAssignmentRules", SchemaBuilders.Input("ReorderAssignmentRulesInput", "Every rule's id, in the new order.",
            ("ids", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new IdGraphType()))))),
            reorderPayload, "Sets the order the rules are tried in.", (c, i, ct) => SchemaBuilders.Payload("rules", c.ReorderAsync(i, ct))).RequirePermission(PermissionNames.AutomationManage);

        slice.AddMutation<RuleCommands>("setStallDays", SchemaBuilders.Input("SetStallDaysInput", "Days for one open stage, or without stageId the default for the others.",
            ("stageId", new IdGraphType()), ("days", new NonNullGraphType(new IntGraphType()))),
            SchemaBuilders.Payload("StallSettingPayload", ("setting", "StallSetting")), "Sets after how many days in a stage an open opportunity is stalled (reminders).",
            (c, i, ct) => SchemaBuilders.Payload("setting", c.SetStallDaysAsync(i, ct))).RequirePermission(PermissionNames.AutomationManage);

        var assignment = new GraphQLTypeReference("AutomaticAssignment");
        slice.ExtendType("Customer", Fields.Batched("assignment", assignment,
            ctx => LogOf(ctx).Load(((SalesSuite.Modules.Customers.Contracts.ICustomerRecord)ctx.Source!).Id),
            "How an assignment rule chose the owner when the customer was created; null when it was not assigned by a rule."));
        slice.ExtendType("Opportunity", Fields.Batched("assignment", assignment,
            ctx => LogOf(ctx).Load(((SalesSuite.Modules.Opportunities.Contracts.IOpportunityRecord)ctx.Source!).Id),
            "How an assignment rule chose the owner when the opportunity was created; null when it was not assigned by a rule."));
    }

    private static BatchLoader<Guid, AssignmentLogEntry> LogOf(IResolveFieldContext ctx)
    {
        return ctx.Loader<AutomationDbContext, Guid, AssignmentLogEntry>("automation.assignmentLog", async (db, ids, ct) =>
        {
            var entries = await db.AssignmentLog.Where(l => ids.Contains(l.RecordId)).OrderBy(l => l.At).ToListAsync(ct);
            return entries.GroupBy(l => l.RecordId).ToDictionary(g => g.Key, g => g.Last());
        });
    }
}

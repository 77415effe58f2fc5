using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.Modules.Automation.Features.DeleteAssignmentRule;
using SalesSuite.Modules.Automation.Features.ListAssignmentRules;
using SalesSuite.Modules.Automation.Features.PreviewAssignment;
using SalesSuite.Modules.Automation.Features.ReorderAssignmentRules;
using SalesSuite.Modules.Automation.Features.SaveAssignmentRule;
using SalesSuite.Modules.Automation.Features.SetStallDays;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Automation.Api;

/// <summary>Assignment rules: their types, their features in schema order, and the <c>assignment</c> of customers and opportunities.</summary>
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
        ListAssignmentRulesField.Register(slice);
        PreviewAssignmentField.Register(slice);
        SaveAssignmentRuleField.Register(slice);
        DeleteAssignmentRuleField.Register(slice);
        ReorderAssignmentRulesField.Register(slice);
        SetStallDaysField.Register(slice);

        var assignment = new GraphQLTypeReference("AutomaticAssignment");
        slice.ExtendType("Customer", Fields.Batched("assignment", assignment,
            ctx => LogOf(ctx).Load(((SalesSuite.Modules.Customers.Contracts.ICustomerRecord)ctx.Source!).Id),
            "How an assignment rule chose the owner when the customer was created; null when it was not assigned by a rule.").Reads());
        slice.ExtendType("Opportunity", Fields.Batched("assignment", assignment,
            ctx => LogOf(ctx).Load(((SalesSuite.Modules.Opportunities.Contracts.IOpportunityRecord)ctx.Source!).Id),
            "How an assignment rule chose the owner when the opportunity was created; null when it was not assigned by a rule.").Reads());
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

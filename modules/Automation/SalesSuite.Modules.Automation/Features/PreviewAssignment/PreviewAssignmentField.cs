using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Integration;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Features.PreviewAssignment;

/// <summary>A dry run of the rules: <see cref="AssignmentEngine.PreviewAsync"/> on what a new record would carry.</summary>
internal static class PreviewAssignmentField
{
    public static void Register(ISchemaSlice slice)
    {
        var input = new PreviewAssignmentInputGraphType();
        slice.AddType(input);
        slice.AddQueryField(Fields.CreateWith<AssignmentEngine>(
            "assignmentPreview",
            new NonNullGraphType(new GraphQLTypeReference("AssignmentPreview")),
            async (ctx, engine) =>
            {
                var preview = ctx.GetArgument<PreviewAssignmentInput>("input");
                var request = new AssignmentRequest(preview.Kind, Guid.Empty, preview.Region, preview.Level, preview.Source, preview.Need, preview.Value);
                return await engine.PreviewAsync(request, ctx.CancellationToken);
            },
            "A dry run of the assignment rules: the rep, the rule and the reason a new record like this would get now. Changes nothing.",
            new QueryArguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input" })).RequirePermission(PermissionNames.AutomationManage));
    }
}

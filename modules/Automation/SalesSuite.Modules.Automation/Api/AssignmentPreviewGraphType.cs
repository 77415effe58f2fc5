using GraphQL.MicrosoftDI;
using GraphQL.Types;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Api;

internal sealed class AssignmentPreviewGraphType : ObjectGraphType<AssignmentOutcome>
{
    public AssignmentPreviewGraphType()
    {
        Name = "AssignmentPreview";
        Description = "Where a new record would go now; nothing was changed.";
        Field<StringGraphType>("ownerId").Description("The rep a rule would choose; null when the creator would keep the record.")
            .Resolve(ctx => ctx.Source.OwnerId);
        Field<AssignmentRuleGraphType>("rule").Resolve(ctx => ctx.Source.Rule);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(ctx => ctx.Source.Reason);
    }
}

using GraphQL.MicrosoftDI;
using GraphQL.Types;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Api;

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

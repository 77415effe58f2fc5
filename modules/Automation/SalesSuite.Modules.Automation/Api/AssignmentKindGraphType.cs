using GraphQL.MicrosoftDI;
using GraphQL.Types;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Api;

internal sealed class AssignmentKindGraphType : EnumerationGraphType<AssignmentKind>
{
    public AssignmentKindGraphType() => Name = "AssignmentKind";
}

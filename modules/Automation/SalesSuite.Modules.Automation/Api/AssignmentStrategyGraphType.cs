using GraphQL.MicrosoftDI;
using GraphQL.Types;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Api;

internal sealed class AssignmentStrategyGraphType : EnumerationGraphType<AssignmentStrategy>
{
    public AssignmentStrategyGraphType()
    {
        Name = "AssignmentStrategy";
        Description = "How a rule chooses among its target's active reps.";
    }
}

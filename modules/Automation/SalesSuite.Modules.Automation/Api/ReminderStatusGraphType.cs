using GraphQL.MicrosoftDI;
using GraphQL.Types;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Automation.Api;

internal sealed class ReminderStatusGraphType : EnumerationGraphType<ReminderStatus>
{
    public ReminderStatusGraphType() => Name = "ReminderStatus";
}

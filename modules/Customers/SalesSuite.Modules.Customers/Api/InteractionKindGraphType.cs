using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Api;

internal sealed class InteractionKindGraphType : EnumerationGraphType<InteractionKind>
{
    public InteractionKindGraphType() => Name = "InteractionKind";
}

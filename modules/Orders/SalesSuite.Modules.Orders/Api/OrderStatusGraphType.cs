using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Api;

internal sealed class OrderStatusGraphType : EnumerationGraphType<OrderStatus>
{
    public OrderStatusGraphType() => Name = "OrderStatus";
}

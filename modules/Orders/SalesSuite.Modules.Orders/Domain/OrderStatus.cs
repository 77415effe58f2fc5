namespace SalesSuite.Modules.Orders.Domain;

internal enum OrderStatus
{
    Draft,
    Confirmed,
    Paid,
    Shipped,
    Completed,
    Cancelled,
}

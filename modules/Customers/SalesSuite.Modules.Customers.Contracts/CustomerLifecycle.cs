namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>
/// Where an imported customer stands: a lead, a prospect (it has an opportunity), a customer (a won deal), a repeat customer
/// (two purchases).
/// </summary>
public enum CustomerLifecycle
{
    Lead,
    Prospect,
    Customer,
    RepeatCustomer,
}

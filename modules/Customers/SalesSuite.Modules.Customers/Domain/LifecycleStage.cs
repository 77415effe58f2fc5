namespace SalesSuite.Modules.Customers.Domain;

internal enum LifecycleStage
{
    Lead,
    Prospect,
    Customer,
    RepeatCustomer,
}

namespace SalesSuite.Modules.Customers.Domain;

internal enum CustomerKind
{
    Company,
    Person,
}

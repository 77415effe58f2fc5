namespace SalesSuite.Modules.Customers.Domain;

internal enum InteractionKind
{
    Call,
    Visit,
    Email,
    Note,
}

using GraphQL.Types;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Api;

internal sealed class ExchangeRateGraphType : ObjectGraphType<ExchangeRate>
{
    public ExchangeRateGraphType()
    {
        Name = "ExchangeRate";
        Description = "Base-currency units per unit of a currency, from a date on.";
        Field<NonNullGraphType<StringGraphType>>("currency").Resolve(ctx => ctx.Source.Currency);
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Resolve(ctx => ctx.Source.Date);
        Field<NonNullGraphType<DecimalGraphType>>("rate").Resolve(ctx => ctx.Source.Rate).FieldType.NotDerived();
    }
}

using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Api;

internal sealed class PaymentGraphType : ObjectGraphType<Payment>
{
    public PaymentGraphType()
    {
        Name = "Payment";
        Field<DecimalGraphType>("amount").Description("An order's payments add up to its total once it is paid.")
            .Resolve(ctx => Scaled.To(ctx.Source.AmountScaled))
            .FieldType.DerivedFrom("Order.total");
        Field(x => x.At);
        Field(x => x.Reference, nullable: true);
        Field(x => x.RecordedBy);
    }
}

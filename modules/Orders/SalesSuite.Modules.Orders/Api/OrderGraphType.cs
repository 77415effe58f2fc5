using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Api;

internal sealed class OrderGraphType : ObjectGraphType<Order>
{
    public OrderGraphType()
    {
        Name = "Order";
        Description = "An order: draft → confirmed → paid → shipped → completed, or cancelled.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is Order;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("Order", ctx.Source.Id));
        Field(x => x.Number, nullable: true).Description("Given on confirmation, per tenant, without gaps.");
        Field<NonNullGraphType<IdGraphType>>("customerId").Resolve(ctx => GlobalId.Encode("Customer", ctx.Source.CustomerId));
        Field<IdGraphType>("opportunityId").Resolve(ctx => ctx.Source.OpportunityId is { } id ? GlobalId.Encode("Opportunity", id) : null);
        Field(x => x.OwnerId);
        Field(x => x.Currency);
        Field<NonNullGraphType<OrderStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<DecimalGraphType>("net").Description("The lines' net; net + tax = total.").Resolve(ctx => ctx.Source.Net).FieldType.DerivedFrom("Order.total");
        Field<DecimalGraphType>("tax").Description("The lines' tax; net + tax = total.").Resolve(ctx => ctx.Source.Tax).FieldType.DerivedFrom("Order.total");
        Field<DecimalGraphType>("total").Description("In the order's currency.").Resolve(ctx => ctx.Source.Total).FieldType.Deniable();
        Field<DecimalGraphType>("paid").Description("The payments received; equals total once the order is paid.").Resolve(ctx => ctx.Source.Paid).FieldType
            .DerivedFrom("Order.total");
        Field<DecimalGraphType>("outstanding").Description("total − paid.").Resolve(ctx => ctx.Source.Outstanding).FieldType.DerivedFrom("Order.total");
        Field(x => x.ConfirmedAt, nullable: true);
        Field(x => x.BaseCurrency, nullable: true).Description("The tenant's base currency when the order was confirmed.");
        Field(x => x.RateToBase, nullable: true).Description("Base-currency units per unit of the order's currency, taken on confirmation and kept.").FieldType
            .NotDerived();
        Field<DecimalGraphType>("totalInBase").Description("total × rateToBase, rounded to cents; null before confirmation.")
            .Resolve(ctx => ctx.Source.TotalInBase)
            .FieldType.DerivedFrom("Order.total");
        Field(x => x.Notes, nullable: true);
        Field(x => x.CreatedAt);
        Field(x => x.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderLineGraphType>>>>("lines")
            .Resolve(ctx => ctx.Source.Lines.OrderBy(l => l.Position).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentGraphType>>>>("payments").Resolve(ctx => OrderLoaders.PaymentsOf(ctx).Load(ctx.Source.Id));
    }
}

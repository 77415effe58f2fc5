using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Api;

/// <summary>The payload and input types several Customers mutations share, one instance each.</summary>
internal sealed class CustomerPayloads
{
    public ObjectGraphType Customer { get; } = SchemaBuilders.Payload("CustomerPayload", ("customer", "Customer"));

    public ObjectGraphType Contact { get; } = SchemaBuilders.Payload("ContactPayload", ("contact", "Contact"), ("customer", "Customer"));

    public ObjectGraphType Interaction { get; } = SchemaBuilders.Payload("InteractionPayload", ("interaction", "Interaction"));

    public ObjectGraphType Import { get; } = SchemaBuilders.Payload("CustomerImportPayload", ("import", "CustomerImport"));

    /// <summary><c>AddressInput</c> of createCustomer and updateCustomer.</summary>
    public AddressInputGraphType Address { get; } = new();
}

using GraphQL.Types;

namespace SalesSuite.Modules.Customers.Api;

/// <summary>Input types are read as dictionaries (see InputReader) so that updates can tell "left out" from "cleared".</summary>
internal static class CustomerInputs
{
    public static InputObjectGraphType Address() => Input("AddressInput", "A postal address.",
        ("line1", new StringGraphType()), ("city", new StringGraphType()), ("state", new StringGraphType()),
        ("postalCode", new StringGraphType()), ("country", new StringGraphType()));

    public static InputObjectGraphType Contact(string name = "ContactInput") => Input(name, "A contact person.",
        ("name", new NonNullGraphType(new StringGraphType())), ("title", new StringGraphType()), ("phone", new StringGraphType()),
        ("email", new StringGraphType()), ("isPrimary", new BooleanGraphType()));

    public static InputObjectGraphType CreateCustomer(IGraphType address, IGraphType contact) => Input("CreateCustomerInput", "A new customer.",
        ("name", new NonNullGraphType(new StringGraphType())),
        ("kind", new GraphQLTypeReference("CustomerKind")),
        ("level", new StringGraphType()),
        ("category", new StringGraphType()),
        ("industry", new StringGraphType()),
        ("source", new StringGraphType()),
        ("region", new StringGraphType()),
        ("address", address),
        ("tags", new ListGraphType(new NonNullGraphType(new StringGraphType()))),
        ("ownerId", new StringGraphType()),
        ("contacts", new ListGraphType(new NonNullGraphType(contact))));

    public static InputObjectGraphType UpdateCustomer(IGraphType address) => Input("UpdateCustomerInput",
        "Changes to a customer: fields left out stay as they are; a nullable field sent as null is cleared.",
        ("id", new NonNullGraphType(new IdGraphType())),
        ("version", new LongGraphType()),
        ("name", new StringGraphType()),
        ("kind", new GraphQLTypeReference("CustomerKind")),
        ("level", new StringGraphType()),
        ("category", new StringGraphType()),
        ("industry", new StringGraphType()),
        ("source", new StringGraphType()),
        ("region", new StringGraphType()),
        ("address", address),
        ("tags", new ListGraphType(new NonNullGraphType(new StringGraphType()))),
        ("ownerId", new StringGraphType()));

    public static InputObjectGraphType CustomerRef(string name, string description) => Input(name, description,
        ("id", new NonNullGraphType(new IdGraphType())), ("version", new LongGraphType()));

    public static InputObjectGraphType AddContact() => Input("AddContactInput", "A contact to add to a customer.",
        ("customerId", new NonNullGraphType(new IdGraphType())), ("name", new NonNullGraphType(new StringGraphType())), ("title", new StringGraphType()),
        ("phone", new StringGraphType()), ("email", new StringGraphType()), ("isPrimary", new BooleanGraphType()));

    public static InputObjectGraphType UpdateContact() => Input("UpdateContactInput", "Changes to a contact; fields left out stay as they are.",
        ("id", new NonNullGraphType(new IdGraphType())), ("name", new StringGraphType()), ("title", new StringGraphType()),
        ("phone", new StringGraphType()), ("email", new StringGraphType()), ("isPrimary", new BooleanGraphType()));

    public static InputObjectGraphType RemoveContact() => Input("RemoveContactInput", "The contact to remove.",
        ("id", new NonNullGraphType(new IdGraphType())));

    public static InputObjectGraphType LogInteraction() => Input("LogInteractionInput", "A call, visit, email or note to add to a customer's timeline.",
        ("customerId", new NonNullGraphType(new IdGraphType())),
        ("kind", new NonNullGraphType(new GraphQLTypeReference("InteractionKind"))),
        ("subject", new NonNullGraphType(new StringGraphType())),
        ("notes", new StringGraphType()),
        ("occurredAt", new DateTimeOffsetGraphType()),
        ("nextFollowUpAt", new DateTimeOffsetGraphType()));

    public static InputObjectGraphType CompleteFollowUp() => Input("CompleteFollowUpInput", "The interaction whose follow-up is done.",
        ("id", new NonNullGraphType(new IdGraphType())));

    public static InputObjectGraphType DefineLevel() => Input("DefineCustomerLevelInput", "Creates or renames a customer level.",
        ("code", new NonNullGraphType(new StringGraphType())), ("name", new NonNullGraphType(new StringGraphType())), ("rank", new NonNullGraphType(new IntGraphType())));

    public static InputObjectGraphType DefineCategory() => Input("DefineCustomerCategoryInput", "Creates or renames a customer category.",
        ("code", new NonNullGraphType(new StringGraphType())), ("name", new NonNullGraphType(new StringGraphType())));

    private static InputObjectGraphType Input(string name, string description, params (string Name, IGraphType Type)[] fields) =>
        SharedKernel.GraphQL.SchemaBuilders.Input(name, description, fields);
}

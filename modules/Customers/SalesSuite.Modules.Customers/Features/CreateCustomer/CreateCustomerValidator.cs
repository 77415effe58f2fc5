using Mapster;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Customers.Features.CreateCustomer;

/// <summary>
/// createCustomer's rules, the one set of them: the mutation and every row of a CSV import are checked here. Builds the new
/// customer (not saved) when the input is valid.
/// </summary>
internal static class CreateCustomerValidator
{
    /// <summary>
    /// The new customer, or null when the input breaks a rule: the problems go to <paramref name="validator"/> under the
    /// input's field paths (<c>name</c>, <c>address.city</c>, <c>contacts[0].email</c>).
    /// </summary>
    public static Customer? Check(CreateCustomerInput input, string defaultOwner, Classifications classifications, Validator validator)
    {
        validator.Required("name", input.Name, 200);
        var kind = input.Kind ?? CustomerKind.Company;
        var details = input.Adapt<CustomerDetailsEdit>(CustomersMapping.Config).Check(validator, classifications);
        if (input.Contacts.Count > Customer.MaxContacts)
        {
            validator.Add("contacts", $"may hold at most {Customer.MaxContacts} contacts.");
        }

        var contacts = input.Contacts.Select((contactInput, i) =>
        {
            var edit = contactInput.Adapt<ContactEdit>(CustomersMapping.Config);
            edit.Check(validator, $"contacts[{i}]", creating: true);
            var contact = new Contact();
            edit.ApplyTo(contact);
            return (contact, edit.AsksPrimary() ?? false);
        }).ToList();
        if (!validator.IsValid)
        {
            return null;
        }

        var customer = Customer.Register(input.Name!, kind, details.OwnerId ?? defaultOwner, contacts);
        customer.Edit(details);
        return customer;
    }
}

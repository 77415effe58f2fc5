namespace SalesSuite.Modules.Customers.Domain;

/// <summary>A customer's postal address, part of the customer (changed through <see cref="Customer.Relocate"/>).</summary>
internal sealed class Address
{
    public string? Line1 { get; private set; }

    public string? City { get; private set; }

    public string? State { get; private set; }

    public string? PostalCode { get; private set; }

    public string? Country { get; private set; }

    /// <summary>The parts by their input names (<c>line1</c>, <c>city</c>, <c>state</c>, <c>postalCode</c>, <c>country</c>).</summary>
    public static readonly string[] Parts = ["line1", "city", "state", "postalCode", "country"];

    public string? this[string part] => part switch
    {
        "line1" => Line1,
        "city" => City,
        "state" => State,
        "postalCode" => PostalCode,
        "country" => Country,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "not a part of an address"),
    };

    /// <summary>Changes one part (the customer's methods do; it changes this tracked instance so that the audit log sees the parts change).</summary>
    public void Set(string part, string? value)
    {
        _ = this[part];
        switch (part)
        {
            case "line1":
                Line1 = value;
                break;
            case "city":
                City = value;
                break;
            case "state":
                State = value;
                break;
            case "postalCode":
                PostalCode = value;
                break;
            default:
                Country = value;
                break;
        }
    }
}

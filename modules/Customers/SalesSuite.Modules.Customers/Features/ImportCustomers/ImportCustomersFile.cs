using CsvHelper;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.ImportCustomers;

/// <summary>The fields a CSV column can be mapped to, and the header names each one is recognised by when no mapping is sent.</summary>
internal static class ImportCustomersFields
{
    public const string Name = "name";
    public const string Owner = "owner";
    public const string Tags = "tags";

    /// <summary>Target field → createCustomer input path; the contact fields go to the customer's one contact.</summary>
    public static readonly IReadOnlyDictionary<string, string> InputPaths = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Name] = "name",
        ["kind"] = "kind",
        ["level"] = "level",
        ["category"] = "category",
        ["industry"] = "industry",
        ["source"] = "source",
        ["region"] = "region",
        ["address.line1"] = "address.line1",
        ["address.city"] = "address.city",
        ["address.state"] = "address.state",
        ["address.postalCode"] = "address.postalCode",
        ["address.country"] = "address.country",
        [Tags] = "tags",
        [Owner] = "ownerId",
        ["contact.name"] = "contacts[0].name",
        ["contact.title"] = "contacts[0].title",
        ["contact.phone"] = "contacts[0].phone",
        ["contact.email"] = "contacts[0].email",
    };

    /// <summary>Header names (lower-case letters and digits only) recognised for each field besides the field's own name.</summary>
    private static readonly (string Field, string[] Headers)[] Aliases =
    [
        (Name, ["customer", "customername", "company", "companyname"]),
        ("kind", ["type", "customertype"]),
        ("address.line1", ["address", "street", "line1", "addressline1"]),
        ("address.city", ["city", "town"]),
        ("address.state", ["state", "province"]),
        ("address.postalCode", ["postalcode", "zip", "zipcode", "postcode"]),
        ("address.country", ["country"]),
        (Tags, ["tag", "labels"]),
        (Owner, ["ownerid", "rep", "salesrep"]),
        ("contact.name", ["contact", "contactperson"]),
        ("contact.title", ["title", "jobtitle"]),
        ("contact.phone", ["phone", "telephone", "phonenumber", "tel"]),
        ("contact.email", ["email", "emailaddress", "mail"]),
    ];

    private static readonly Dictionary<string, string> ByHeader = BuildHeaderIndex();

    public static string? FieldForHeader(string header) => ByHeader.GetValueOrDefault(Normalize(header));

    private static Dictionary<string, string> BuildHeaderIndex()
    {
        var index = InputPaths.Keys.ToDictionary(Normalize, f => f, StringComparer.Ordinal);
        foreach (var (field, headers) in Aliases)
        {
            foreach (var header in headers)
            {
                index.TryAdd(header, field);
            }
        }

        return index;
    }

    private static string Normalize(string header) => new(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}

/// <summary>Which column of the file feeds which field: from the client's mapping, or guessed from the header names.</summary>
internal sealed class ImportCustomersMapping
{
    private readonly Dictionary<string, int> _columns;
    private readonly IReadOnlyList<string> _headers;

    private ImportCustomersMapping(Dictionary<string, int> columns, IReadOnlyList<string> headers)
    {
        _columns = columns;
        _headers = headers;
    }

    public IEnumerable<(string Field, int Index)> Columns => _columns.Select(c => (c.Key, c.Value));

    /// <summary>The header of the column mapped to <paramref name="field"/>.</summary>
    public string? ColumnOf(string field) => _columns.TryGetValue(field, out var i) ? _headers[i] : null;

    /// <summary>The mapping, or VALIDATION naming the mapping entries (or the file's header) that are wrong.</summary>
    public static ImportCustomersMapping Create(IReadOnlyList<string> headers, IReadOnlyList<ImportCustomersColumnInput>? mapping)
    {
        var validator = new Validator();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        if (headers.Count == 0)
        {
            throw AppException.Invalid("file", "has no header row: its first line must name the columns.");
        }

        if (mapping is null)
        {
            for (var i = 0; i < headers.Count; i++)
            {
                if (ImportCustomersFields.FieldForHeader(headers[i]) is { } field)
                {
                    columns.TryAdd(field, i);
                }
            }
        }
        else
        {
            foreach (var (entry, i) in mapping.Select((entry, i) => (entry, i)))
            {
                var column = entry.Column;
                var field = entry.Field;
                var index = column is null ? -1 : IndexOf(headers, column);
                if (index < 0)
                {
                    validator.Add($"mapping[{i}].column",
                        $"'{column}' is not a column of the file (its columns are {string.Join(", ", headers.Select(h => $"'{h}'"))}).");
                }

                if (field is null || !ImportCustomersFields.InputPaths.ContainsKey(field))
                {
                    validator.Add($"mapping[{i}].field",
                        $"'{field}' is not a field an import can fill (one of {string.Join(", ", ImportCustomersFields.InputPaths.Keys)}).");
                }
                else if (!columns.TryAdd(field, index))
                {
                    validator.Add($"mapping[{i}].field", $"'{field}' is mapped from more than one column.");
                }
            }
        }

        if (!columns.ContainsKey(ImportCustomersFields.Name))
        {
            validator.Add(mapping is null ? "file" : "mapping", mapping is null
                ? "has no column recognised as the customer name (e.g. 'Name' or 'Company'); send a mapping."
                : "maps no column to the field 'name', which every customer needs.");
        }

        validator.ThrowIfInvalid();
        return new ImportCustomersMapping(columns, headers);
    }

    private static int IndexOf(IReadOnlyList<string> headers, string column)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Trim(), column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>One data record of the file: its fields, or why it cannot be read.</summary>
internal sealed record ImportCustomersRecord(int RowNumber, string?[] Fields, string? Problem);

/// <summary>Reads a CSV file (RFC 4180: quotes, separators and line breaks inside quotes, a UTF-8 byte order mark, a header row).</summary>
internal static class ImportCustomersFile
{
    public static (IReadOnlyList<string> Headers, List<ImportCustomersRecord> Records) Read(IUploadedFile file, int maxRows)
    {
        var malformed = new Dictionary<long, CsvMalformedReason>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = record => malformed.TryAdd(record.RecordNumber, record.Reason),
            MaxRecordSize = 1024 * 1024,
        };
        var records = new List<ImportCustomersRecord>();
        try
        {
            using var stream = file.OpenReadStream();
            using var csv = CsvReader.Create(stream, options);
            var headers = csv.Headers.Select(h => h.Trim()).ToList();
            while (csv.Read())
            {
                if (records.Count == maxRows)
                {
                    throw new AppException(ErrorCodes.LimitExceeded, $"The file has more than {maxRows} rows, the most one import takes; split it.");
                }

                var rowNumber = checked((int)csv.RowNumber + 1);
                var fields = new string?[headers.Count];
                for (var i = 0; i < Math.Min(csv.FieldCount, headers.Count); i++)
                {
                    fields[i] = csv.IsEmpty(i) ? null : csv.GetString(i);
                }

                string? problem = null;
                if (malformed.TryGetValue(csv.RowNumber + 1, out var reason) && reason != CsvMalformedReason.FieldCountMismatch)
                {
                    problem = $"has malformed quoting ({reason}); a field with a quote, comma or line break must be enclosed in double quotes, with inner " +
                        "quotes doubled.";
                }
                else if (csv.FieldCount != headers.Count)
                {
                    problem = $"has {csv.FieldCount} fields, but the header has {headers.Count}.";
                }

                records.Add(new ImportCustomersRecord(rowNumber, fields, problem));
            }

            return (headers, records);
        }
        catch (CsvFormatException ex)
        {
            throw AppException.Invalid("file", $"is not a readable CSV file (record {ex.RecordNumber}): {ex.Message}");
        }
    }
}

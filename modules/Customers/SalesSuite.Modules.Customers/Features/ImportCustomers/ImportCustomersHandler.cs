using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesSuite.Modules.Customers.Api;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.Modules.Customers.Features.CreateCustomer;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Primitives;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Features.ImportCustomers;

/// <summary>
/// CSV import of customers with contacts. Every row is checked by createCustomer's rules; a valid row is then
/// matched against the customers the importer can see and the earlier rows of the file: same email of a contact, or
/// same (case-insensitive) name and same contact phone, both through the contacts' blind indexes. A row that matches
/// nothing creates a customer; one that matches is merged (see <see cref="Merge"/>). All of it is saved, with the report,
/// in one transaction; a dry run saves nothing.
/// </summary>
internal sealed class ImportCustomersHandler(
    ModuleDbContextFactory<CustomersDbContext> contexts, ICurrentUser user, ICurrentAccess access, IOptions<ImportCustomersOptions> options)
{
    private const string Info = "INFO";

    private const int SaveBatchSize = 1000;

    public async Task<CustomerImport> HandleAsync(ImportCustomersInput input, CancellationToken ct)
    {
        var file = ImportCustomersInput.FileOf(input.File);
        var importer = user.UserIdOrThrow;
        var grant = access.Grant ?? throw new AppException(ErrorCodes.Forbidden, "No access grant for this request.");
        var defaultOwner = input.OwnerId ?? importer;
        if (!grant.CanOwn(defaultOwner))
        {
            throw new AppException(ErrorCodes.Forbidden, $"You cannot give customers to '{defaultOwner}': that owner is outside your scope.",
                [new FieldError("ownerId", "is outside your scope.")]);
        }

        var separator = input.TagSeparator;
        var (headers, records) = ImportCustomersFile.Read(file, options.Value.MaxRows);
        var mapping = ImportCustomersMapping.Create(headers, input.Mapping is { Count: > 0 } m ? m : null);
        var dryRun = input.DryRun;

        await using var db = contexts.Create();
        var classifications = await db.LoadClassificationsAsync(ct);
        var import = CustomerImport.Start(file.FileName, importer, dryRun);
        var rows = new List<CustomerImportRow>(records.Count);
        var drafts = new List<(CustomerImportRow Row, Customer Draft)>();
        foreach (var record in records)
        {
            var row = new CustomerImportRow { ImportId = import.Id, RowNumber = record.RowNumber, Outcome = ImportOutcome.Created };
            rows.Add(row);
            if (ReadRow(record, mapping, separator, defaultOwner, grant, classifications, row) is { } draft)
            {
                drafts.Add((row, draft));
            }
        }

        var matcher = new Matcher(await LoadMatchesAsync(db, drafts.Select(d => d.Draft).ToList(), ct));
        var created = new List<Customer>();
        foreach (var (row, draft) in drafts)
        {
            var target = matcher.Find(draft);
            if (target is null)
            {
                created.Add(draft);
                matcher.Add(new MatchTarget(draft, Existing: false, OriginalVersion: 0) { FirstRow = row.RowNumber });
                row.CustomerId = draft.Id;
                continue;
            }

            if (target.FirstRow is { } first)
            {
                row.Outcome = ImportOutcome.Duplicate;
                row.Note(Info, null, $"Duplicate of row {first} ({target.MatchedBy}); merged into the same customer.");
            }
            else
            {
                row.Outcome = ImportOutcome.Merged;
                row.Note(Info, null, $"Matches an existing customer ({target.MatchedBy}).");
                target.FirstRow = row.RowNumber;
            }

            row.CustomerId = target.Customer.Id;
            Merge(db, target, draft, row, mapping);
            matcher.Add(target);
        }

        var targets = matcher.Targets.ToDictionary(t => t.Customer.Id);
        foreach (var row in rows.Where(r => r.CustomerId is not null))
        {
            var target = targets[row.CustomerId!.Value];
            row.CustomerVersion = target.Existing ? target.OriginalVersion + (target.Changed ? 1 : 0) : 1;
        }

        import.Report(rows);
        if (dryRun)
        {
            return import;
        }

        // One transaction; saved in batches so that the change tracker (and each audit pass over it) stays small.
        var createdById = created.ToDictionary(c => c.Id);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Imports.Add(import);
        foreach (var batch in rows.Chunk(SaveBatchSize))
        {
            foreach (var row in batch)
            {
                if (row.Outcome == ImportOutcome.Created)
                {
                    db.Customers.Add(createdById[row.CustomerId!.Value]);
                }
            }

            db.ImportRows.AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(ct);
        return import;
    }

    /// <summary>The row as a createCustomer input, checked by its rules; null (and the row refused, naming the columns) when it is not valid.</summary>
    private static Customer? ReadRow(ImportCustomersRecord record, ImportCustomersMapping mapping, string separator, string defaultOwner, AccessGrant grant,
        Classifications classifications, CustomerImportRow row)
    {
        if (record.Problem is not null)
        {
            row.Refuse(ErrorCodes.Validation, null, "The row " + record.Problem);
            return null;
        }

        var input = new CreateCustomerInput();
        var address = new AddressInput();
        var contact = new CreateCustomerContactInput();
        bool hasAddress = false, hasContact = false;
        var validator = new Validator();
        foreach (var (field, index) in mapping.Columns)
        {
            var value = record.Fields[index];
            if (value is null)
            {
                continue;
            }

            var text = InputValues.Clean(value);
            switch (field)
            {
                case "kind":
                    if (Enum.TryParse<CustomerKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !char.IsDigit(value[0]))
                    {
                        input = input with { Kind = kind };
                    }
                    else
                    {
                        validator.Add("kind", $"'{value}' is not a customer kind (COMPANY or PERSON).");
                    }

                    break;
                case ImportCustomersFields.Name:
                    input = input with { Name = text };
                    break;
                case "level":
                    input = input with { Level = text };
                    break;
                case "category":
                    input = input with { Category = text };
                    break;
                case "industry":
                    input = input with { Industry = text };
                    break;
                case "source":
                    input = input with { Source = text };
                    break;
                case "region":
                    input = input with { Region = text };
                    break;
                case ImportCustomersFields.Tags:
                    input = input with { Tags = value.Split(separator).Select(t => t.Trim()).ToList() };
                    break;
                case ImportCustomersFields.Owner:
                    input = input with { OwnerId = text };
                    break;
                case "address.line1":
                    (address, hasAddress) = (address with { Line1 = text }, true);
                    break;
                case "address.city":
                    (address, hasAddress) = (address with { City = text }, true);
                    break;
                case "address.state":
                    (address, hasAddress) = (address with { State = text }, true);
                    break;
                case "address.postalCode":
                    (address, hasAddress) = (address with { PostalCode = text }, true);
                    break;
                case "address.country":
                    (address, hasAddress) = (address with { Country = text }, true);
                    break;
                case "contact.name":
                    (contact, hasContact) = (contact with { Name = text }, true);
                    break;
                case "contact.title":
                    (contact, hasContact) = (contact with { Title = text }, true);
                    break;
                case "contact.phone":
                    (contact, hasContact) = (contact with { Phone = text }, true);
                    break;
                case "contact.email":
                    (contact, hasContact) = (contact with { Email = text }, true);
                    break;
                default:
                    throw new InvalidOperationException($"The import maps no column to '{field}'.");
            }
        }

        input = input with { Address = hasAddress ? address : Optional<AddressInput?>.Unset, Contacts = hasContact ? [contact] : [] };
        var draft = CreateCustomerValidator.Check(input, defaultOwner, classifications, validator);
        foreach (var error in validator.Errors)
        {
            var field = ImportCustomersFields.InputPaths.FirstOrDefault(p => p.Value == error.Field).Key ?? error.Field;
            row.Refuse(ErrorCodes.Validation, mapping.ColumnOf(field) ?? field, error.Message);
        }

        if (draft is not null && !grant.CanOwn(draft.OwnerId))
        {
            row.Refuse(ErrorCodes.Forbidden, mapping.ColumnOf(ImportCustomersFields.Owner),
                $"'{draft.OwnerId}' is outside your record scope: you cannot give customers to that owner.");
        }

        return row.Outcome == ImportOutcome.Refused ? null : draft;
    }

    /// <summary>The visible customers that have a contact with one of the drafts' emails or phones, with their contacts, tracked.</summary>
    private static async Task<List<Customer>> LoadMatchesAsync(CustomersDbContext db, List<Customer> drafts, CancellationToken ct)
    {
        var emails = drafts.SelectMany(d => d.Contacts).Select(c => c.EmailIndex).OfType<string>().Distinct().ToList();
        var phones = drafts.SelectMany(d => d.Contacts).Select(c => c.PhoneIndex).OfType<string>().Distinct().ToList();
        var ids = new HashSet<Guid>();
        foreach (var chunk in emails.Chunk(2000))
        {
            ids.UnionWith(await db.Contacts.Where(c => chunk.Contains(c.EmailIndex!)).Select(c => c.CustomerId).ToListAsync(ct));
        }

        foreach (var chunk in phones.Chunk(2000))
        {
            ids.UnionWith(await db.Contacts.Where(c => chunk.Contains(c.PhoneIndex!)).Select(c => c.CustomerId).ToListAsync(ct));
        }

        var customers = new List<Customer>(ids.Count);
        foreach (var chunk in ids.Chunk(2000))
        {
            customers.AddRange(await db.Customers.AsTracking().Include(c => c.Contacts).Where(c => chunk.Contains(c.Id)).ToListAsync(ct));
        }

        return customers.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToList();
    }

    /// <summary>
    /// The merge rule: the row's contact is added unless the customer already has that person (<see cref="SamePerson"/>:
    /// a shared switchboard phone does not make two people one); the customer's empty fields (level, category, industry, source, region, address
    /// parts) take the row's values; the row's tags are added up to the limit. Name, kind, owner and filled fields stay.
    /// What an existing customer gained is recorded on the row for a revert.
    /// </summary>
    private static void Merge(CustomersDbContext db, MatchTarget target, Customer draft, CustomerImportRow row, ImportCustomersMapping mapping)
    {
        var customer = target.Customer;
        if (draft.Contacts.FirstOrDefault() is { } contact && !customer.Contacts.Any(c => SamePerson(c, contact)))
        {
            if (customer.Contacts.Count >= Customer.MaxContacts)
            {
                row.Note(Info, mapping.ColumnOf("contact.name"),
                    $"The contact was not added: the customer has {Customer.MaxContacts} contacts, the most it can have.");
            }
            else
            {
                customer.AddContact(contact, primary: false);
                if (target.Existing)
                {
                    db.Contacts.Add(contact);
                    row.AddedContactId = contact.Id;
                }
            }
        }

        var filled = customer.FillEmpty(draft);
        if (target.Existing)
        {
            row.FilledFields.AddRange(filled);
        }

        foreach (var tag in draft.Tags.Where(t => !customer.Tags.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            if (!customer.AddTag(tag))
            {
                row.Note(Info, mapping.ColumnOf(ImportCustomersFields.Tags),
                    $"The tag '{tag}' was not added: the customer has {Customer.MaxTags} tags, the most it can have.");
            }
            else if (target.Existing)
            {
                row.AddedTags.Add(tag);
            }
        }

        if (target.Existing && (row.AddedContactId is not null || row.FilledFields.Count > 0 || row.AddedTags.Count > 0))
        {
            target.Changed = true;
            db.Touch(customer);
        }
    }

    private static bool SamePerson(Contact a, Contact b) =>
        a.EmailIndex is not null && b.EmailIndex is not null
            ? a.EmailIndex == b.EmailIndex
            : string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    private sealed record MatchTarget(Customer Customer, bool Existing, long OriginalVersion)
    {
        /// <summary>The first row of the file that created or matched the customer.</summary>
        public int? FirstRow { get; set; }

        public bool Changed { get; set; }

        public string MatchedBy { get; set; } = string.Empty;
    }

    /// <summary>Customers by their contacts' email key and by (normalized name, phone key); the first one registered for a key wins.</summary>
    private sealed class Matcher
    {
        private readonly Dictionary<string, MatchTarget> _byEmail = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Name, string Phone), MatchTarget> _byNameAndPhone = [];
        private readonly Dictionary<Guid, MatchTarget> _targets = [];

        public Matcher(IEnumerable<Customer> existing)
        {
            foreach (var customer in existing)
            {
                Add(new MatchTarget(customer, Existing: true, customer.Version));
            }
        }

        public IEnumerable<MatchTarget> Targets => _targets.Values;

        public void Add(MatchTarget target)
        {
            _targets.TryAdd(target.Customer.Id, target);
            foreach (var contact in target.Customer.Contacts)
            {
                if (contact.EmailIndex is { } email)
                {
                    _byEmail.TryAdd(email, target);
                }

                if (contact.PhoneIndex is { } phone)
                {
                    _byNameAndPhone.TryAdd((target.Customer.NameNormalized, phone), target);
                }
            }
        }

        public MatchTarget? Find(Customer draft)
        {
            var contact = draft.Contacts.FirstOrDefault();
            if (contact?.EmailIndex is { } email && _byEmail.TryGetValue(email, out var byEmail))
            {
                byEmail.MatchedBy = "same contact email";
                return byEmail;
            }

            if (contact?.PhoneIndex is { } phone && _byNameAndPhone.TryGetValue((draft.NameNormalized, phone), out var byPhone))
            {
                byPhone.MatchedBy = "same name and contact phone";
                return byPhone;
            }

            return null;
        }
    }
}

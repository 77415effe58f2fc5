using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Domain;

internal sealed class CustomerImportOptions
{
    public const string Section = "Customers:Import";

    /// <summary>Most data rows one file may have; a larger file is refused with LIMIT_EXCEEDED.</summary>
    public int MaxRows { get; set; } = 50_000;
}

/// <summary>
/// CSV import of customers with contacts. Every row is checked by createCustomer's rules; a valid row is then
/// matched against the customers the importer can see and the earlier rows of the file: same email of a contact, or
/// same (case-insensitive) name and same contact phone, both through the contacts' blind indexes. A row that matches
/// nothing creates a customer; one that matches is merged (see <see cref="Merge"/>). All of it is saved, with the report,
/// in one transaction; a dry run saves nothing.
/// </summary>
internal sealed class CustomerImporter(
    ModuleDbContextFactory<CustomersDbContext> contexts, ICurrentUser user, ICurrentAccess access, TimeProvider clock, IOptions<CustomerImportOptions> options)
{
    private const string Info = "INFO";

    private const int SaveBatchSize = 1000;

    public async Task<CustomerImport> ImportAsync(InputReader input, CancellationToken ct)
    {
        var file = input.File("file");
        var importer = user.UserIdOrThrow;
        var grant = access.Grant ?? throw new AppException(ErrorCodes.Forbidden, "No access grant for this request.");
        var defaultOwner = input.String("ownerId") ?? importer;
        if (!grant.CanOwn(defaultOwner))
        {
            throw new AppException(ErrorCodes.Forbidden, $"You cannot give customers to '{defaultOwner}': that owner is outside your scope.",
                [new FieldError("ownerId", "is outside your scope.")]);
        }

        var separator = input.Has("tagSeparator") && input.String("tagSeparator") is { } s ? s : ";";
        var (headers, records) = ImportFile.Read(file, options.Value.MaxRows);
        var mapping = ImportMapping.Create(headers, input.Objects("mapping") is { Count: > 0 } m ? m : null);
        var dryRun = input.Value<bool>("dryRun") ?? false;

        await using var db = contexts.Create();
        var classifications = await Classifications.LoadAsync(db, ct);
        var import = new CustomerImport
        {
            FileName = Truncate(file.FileName, 200),
            OwnerId = importer,
            Status = dryRun ? ImportStatus.DryRun : ImportStatus.Completed,
        };
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

        import.Count(rows);
        if (dryRun)
        {
            import.UnsavedRows = rows;
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

    /// <summary>
    /// Undoes a completed import as a whole: deletes the customers it created and, on the customers it merged into, removes
    /// the contacts it added, clears the fields it filled and removes the tags it added. Refused with CONFLICT when any of
    /// those customers changed since the import (its version moved: an edit, a contact, an archive, a new opportunity or
    /// order moving its lifecycle) or a created one has interactions, or is no longer visible to you.
    /// </summary>
    public async Task<CustomerImport> RevertAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var id = input.Id("id", "CustomerImport");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var import = await db.Imports.FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw AppException.NotFound("CustomerImport", GlobalId.Encode("CustomerImport", id));
        if (import.Status != ImportStatus.Completed)
        {
            throw new AppException(ErrorCodes.Conflict, "This import was already reverted.");
        }

        var rows = (await db.ImportRows.Where(r => r.ImportId == id && r.CustomerId != null).ToListAsync(ct)).ToLookup(r => r.CustomerId!.Value);
        var createdIds = rows.SelectMany(g => g).Where(r => r.Outcome == ImportOutcome.Created).Select(r => r.CustomerId!.Value).ToList();
        foreach (var chunk in createdIds.Chunk(SaveBatchSize))
        {
            if (await db.Interactions.AnyAsync(i => chunk.Contains(i.CustomerId), ct))
            {
                throw new AppException(ErrorCodes.Conflict, "The import cannot be reverted: customers it created have interactions logged since. Nothing was changed.");
            }
        }

        // In batches, in one transaction: a conflict found in a later batch rolls back the earlier ones.
        var created = createdIds.ToHashSet();
        foreach (var chunk in rows.Select(g => g.Key).Chunk(SaveBatchSize))
        {
            var customers = await db.Customers.AsTracking().Include(c => c.Contacts).Where(c => chunk.Contains(c.Id)).ToListAsync(ct);
            var changed = customers.FirstOrDefault(c => c.Version != rows[c.Id].Max(r => r.CustomerVersion));
            if (customers.Count != chunk.Length || changed is not null)
            {
                throw new AppException(ErrorCodes.Conflict, "The import cannot be reverted: " + (changed is not null
                    ? $"customer '{changed.Name}' (and maybe others) changed since. Nothing was changed."
                    : "some of its customers are gone or outside your scope. Nothing was changed."));
            }

            foreach (var customer in customers)
            {
                if (created.Contains(customer.Id))
                {
                    db.Customers.Remove(customer);
                    continue;
                }

                foreach (var row in rows[customer.Id])
                {
                    Unmerge(db, customer, row);
                }
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        db.Attach(import);
        import.Status = ImportStatus.Reverted;
        import.RevertedAt = clock.GetUtcNow();
        import.RevertedBy = user.UserIdOrThrow;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return import;
    }

    /// <summary>The row as a createCustomer input, checked by its rules; null (and the row refused, naming the columns) when it is not valid.</summary>
    private static Customer? ReadRow(ImportRecord record, ImportMapping mapping, string separator, string defaultOwner, AccessGrant grant,
        Classifications classifications, CustomerImportRow row)
    {
        if (record.Problem is not null)
        {
            row.Refuse(ErrorCodes.Validation, null, "The row " + record.Problem);
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var address = new Dictionary<string, object?>(StringComparer.Ordinal);
        var contact = new Dictionary<string, object?>(StringComparer.Ordinal);
        var validator = new Validator();
        foreach (var (field, index) in mapping.Columns)
        {
            var value = record.Fields[index];
            if (value is null)
            {
                continue;
            }

            switch (field)
            {
                case "kind":
                    if (Enum.TryParse<CustomerKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !char.IsDigit(value[0]))
                    {
                        values["kind"] = kind;
                    }
                    else
                    {
                        validator.Add("kind", $"'{value}' is not a customer kind (COMPANY or PERSON).");
                    }

                    break;
                case ImportFields.Tags:
                    values["tags"] = value.Split(separator).ToList();
                    break;
                case ImportFields.Owner:
                    values["ownerId"] = value;
                    break;
                default:
                    if (field.StartsWith("address.", StringComparison.Ordinal))
                    {
                        address[field["address.".Length..]] = value;
                    }
                    else if (field.StartsWith("contact.", StringComparison.Ordinal))
                    {
                        contact[field["contact.".Length..]] = value;
                    }
                    else
                    {
                        values[field] = value;
                    }

                    break;
            }
        }

        if (address.Count > 0)
        {
            values["address"] = address;
        }

        if (contact.Count > 0)
        {
            values["contacts"] = new List<object?> { contact };
        }

        var draft = CustomerCommands.NewCustomer(new InputReader(values), defaultOwner, classifications, validator);
        foreach (var error in validator.Errors)
        {
            var field = ImportFields.InputPaths.FirstOrDefault(p => p.Value == error.Field).Key ?? error.Field;
            row.Refuse(ErrorCodes.Validation, mapping.ColumnOf(field) ?? field, error.Message);
        }

        if (draft is not null && !grant.CanOwn(draft.OwnerId))
        {
            row.Refuse(ErrorCodes.Forbidden, mapping.ColumnOf(ImportFields.Owner), $"'{draft.OwnerId}' is outside your record scope: you cannot give customers to that owner.");
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
    private static void Merge(CustomersDbContext db, MatchTarget target, Customer draft, CustomerImportRow row, ImportMapping mapping)
    {
        var customer = target.Customer;
        if (draft.Contacts.FirstOrDefault() is { } contact && !customer.Contacts.Any(c => SamePerson(c, contact)))
        {
            if (customer.Contacts.Count >= Customer.MaxContacts)
            {
                row.Note(Info, mapping.ColumnOf("contact.name"), $"The contact was not added: the customer has {Customer.MaxContacts} contacts, the most it can have.");
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
                row.Note(Info, mapping.ColumnOf(ImportFields.Tags), $"The tag '{tag}' was not added: the customer has {Customer.MaxTags} tags, the most it can have.");
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

    private static void Unmerge(CustomersDbContext db, Customer customer, CustomerImportRow row)
    {
        if (row.AddedContactId is { } contactId && customer.Contacts.Any(c => c.Id == contactId))
        {
            db.Contacts.Remove(customer.RemoveContact(contactId));
        }

        customer.Clear(row.FilledFields);
        if (row.AddedTags.Count > 0)
        {
            customer.RemoveTags(row.AddedTags);
        }

        db.Touch(customer);
    }

    /// <summary>Two contacts are one person when their emails are equal; when either has no email, when their names are (ignoring case).</summary>
    private static bool SamePerson(Contact a, Contact b) =>
        a.EmailIndex is not null && b.EmailIndex is not null
            ? a.EmailIndex == b.EmailIndex
            : string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

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

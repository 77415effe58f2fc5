using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Customers.Data;

[ModuleSchema("customers")]
internal sealed class CustomersDbContext(DbContextOptions<CustomersDbContext> options)
    : ModuleDbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Interaction> Interactions => Set<Interaction>();

    public DbSet<CustomerLevel> Levels => Set<CustomerLevel>();

    public DbSet<CustomerCategory> Categories => Set<CustomerCategory>();

    public DbSet<CustomerImport> Imports => Set<CustomerImport>();

    public DbSet<CustomerImportRow> ImportRows => Set<CustomerImportRow>();

    protected override void OnCreating(AggregateRoot aggregate, DateTimeOffset now)
    {
        if (aggregate is Customer customer)
        {
            customer.StampRegistration(now);
        }
    }

    /// <summary>Every save that registers, removes or regroups a customer tells the read models (<see cref="CustomerEvents"/>); every change to a
    /// contact tells the webhooks (<see cref="ContactChanged"/>).</summary>
    protected override Task OnSavingAsync(CancellationToken cancellationToken)
    {
        // One pass over the tracked entries (each Entries() call detects changes in all of them, and an import tracks thousands).
        var entries = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        foreach (var entry in entries.Where(e => e.Entity is Customer && Changed(e, CustomerEvents.Reported)))
        {
            var customer = (Customer)entry.Entity;
            Publish(entry.State == EntityState.Deleted ? new CustomerRemoved(customer.Id, Now) : CustomerEvents.Changed(customer, Now));
        }

        foreach (var entry in entries.Where(e => e.Entity is Contact))
        {
            var change = entry.State switch { EntityState.Added => "created", EntityState.Deleted => "deleted", _ => "updated" };
            var contact = (Contact)entry.Entity;
            Publish(new ContactChanged(contact.Id, contact.CustomerId, change, contact.Name, contact.Title, contact.IsPrimary, Now));
        }

        return Task.CompletedTask;
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>(c =>
        {
            c.HasKey(x => x.Id);
            c.Property(x => x.Name).HasMaxLength(200).IsRequired();
            c.Property(x => x.NameNormalized).HasMaxLength(200).IsRequired();
            c.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            c.Property(x => x.Lifecycle).HasConversion<string>().HasMaxLength(16);
            c.Property(x => x.Level).HasMaxLength(32);
            c.Property(x => x.Category).HasMaxLength(32);
            c.Property(x => x.Industry).HasMaxLength(100);
            c.Property(x => x.Source).HasMaxLength(100);
            c.Property(x => x.Region).HasMaxLength(100);
            c.Property(x => x.OwnerId).HasMaxLength(64).IsRequired();
            c.Property(x => x.Tags);
            c.OwnsOne(x => x.Address, a =>
            {
                // Street and postal code identify a person's home: encrypted. City, state and country stay clear for filters and reports.
                a.Property(p => p.Line1).IsProtected(200);
                a.Property(p => p.City).HasMaxLength(100);
                a.Property(p => p.State).HasMaxLength(100);
                a.Property(p => p.PostalCode).IsProtected(20);
                a.Property(p => p.Country).HasMaxLength(100);
            });
            c.HasMany(x => x.Contacts).WithOne().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
            c.HasIndex(x => new { x.TenantId, x.NameNormalized });
            c.HasIndex(x => new { x.TenantId, x.OwnerId });
            c.HasIndex(x => new { x.TenantId, x.CreatedAt });
            c.HasIndex(x => new { x.TenantId, x.CreatedOn });
        });
        modelBuilder.Entity<Contact>(c =>
        {
            c.HasKey(x => x.Id);
            c.Property(x => x.Name).HasMaxLength(200).IsRequired();
            c.Property(x => x.Title).HasMaxLength(100);
            c.Property(x => x.Phone).IsProtected(40);
            c.Property(x => x.Email).IsProtected(254);
            c.Property(x => x.PhoneIndex).HasMaxLength(64);
            c.Property(x => x.EmailIndex).HasMaxLength(64);
            c.HasIndex(x => new { x.TenantId, x.CustomerId });
            c.HasIndex(x => new { x.TenantId, x.EmailIndex });
            c.HasIndex(x => new { x.TenantId, x.PhoneIndex });
            c.HasQueryFilter(AccessFilterName, x => Customers.Any(o => o.Id == x.CustomerId));
        });
        modelBuilder.Entity<Interaction>(i =>
        {
            i.HasKey(x => x.Id);
            i.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            i.Property(x => x.Subject).HasMaxLength(200).IsRequired();
            i.Property(x => x.Notes).HasMaxLength(4000);
            i.Property(x => x.CreatedBy).HasMaxLength(64).IsRequired();
            i.HasOne<Customer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
            i.HasIndex(x => new { x.TenantId, x.CustomerId, x.OccurredAt });
            i.HasIndex(x => new { x.TenantId, x.NextFollowUpAt });
            i.HasQueryFilter(AccessFilterName, x => Customers.Any(o => o.Id == x.CustomerId));
        });
        modelBuilder.Entity<CustomerLevel>(l =>
        {
            l.HasKey(x => x.Id);
            l.Property(x => x.Code).HasMaxLength(32).IsRequired();
            l.Property(x => x.Name).HasMaxLength(100).IsRequired();
            l.HasIndex(x => new { x.TenantId, x.Code }).IsUnique();
        });
        modelBuilder.Entity<CustomerImport>(i =>
        {
            i.HasKey(x => x.Id);
            i.Property(x => x.FileName).HasMaxLength(200).IsRequired();
            i.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            i.Property(x => x.OwnerId).HasMaxLength(64).IsRequired();
            i.Property(x => x.RevertedBy).HasMaxLength(64);
            i.Ignore(x => x.UnsavedRows);
            i.HasIndex(x => new { x.TenantId, x.CreatedAt });
        });
        modelBuilder.Entity<CustomerImportRow>(r =>
        {
            r.HasKey(x => x.Id);
            r.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
            r.Property(x => x.Messages);
            r.Property(x => x.FilledFields);
            r.Property(x => x.AddedTags);
            r.HasOne<CustomerImport>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Cascade);
            r.HasIndex(x => new { x.TenantId, x.ImportId, x.RowNumber }).IsUnique();
            r.HasIndex(x => new { x.TenantId, x.ImportId, x.Outcome });
            r.HasQueryFilter(AccessFilterName, x => Imports.Any(o => o.Id == x.ImportId));
        });
        modelBuilder.Entity<CustomerCategory>(l =>
        {
            l.HasKey(x => x.Id);
            l.Property(x => x.Code).HasMaxLength(32).IsRequired();
            l.Property(x => x.Name).HasMaxLength(100).IsRequired();
            l.HasIndex(x => new { x.TenantId, x.Code }).IsUnique();
        });
    }
}

internal sealed class CustomersDesignTimeFactory : IDesignTimeDbContextFactory<CustomersDbContext>
{
    public CustomersDbContext CreateDbContext(string[] args) => DesignTimeContexts.Create<CustomersDbContext>();
}

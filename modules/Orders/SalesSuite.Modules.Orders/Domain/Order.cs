using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Domain;

/// <summary>
/// A sales order and its life: a draft gathers lines, confirmation numbers it and fixes its exchange rate, payments
/// settle it, shipments deliver its lines, and it is completed; a draft or an unpaid confirmed order can be cancelled.
/// Every change of state goes through a method here, which refuses what the order's status does not allow.
/// </summary>
internal sealed class Order : AggregateRoot, IOwnedRecord, IOrderRecord
{
    public const int MaxLines = 200;

    private static readonly Dictionary<OrderStatus, string> Allowed = new()
    {
        [OrderStatus.Draft] = "addOrderLine, removeOrderLine, confirmOrder, cancelOrder",
        [OrderStatus.Confirmed] = "recordPayment, cancelOrder (before any payment)",
        [OrderStatus.Paid] = "recordShipment",
        [OrderStatus.Shipped] = "completeOrder",
        [OrderStatus.Completed] = "none",
        [OrderStatus.Cancelled] = "none",
    };

    private readonly List<OrderLine> _lines = [];

    /// <summary>For EF Core and restores.</summary>
    private Order()
    {
    }

    /// <summary>Per-tenant number, given on confirmation (drafts have none, so abandoned drafts leave no gaps).</summary>
    public string? Number { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid? OpportunityId { get; private set; }

    public string OwnerId { get; private set; } = string.Empty;

    public string Currency { get; private set; } = "USD";

    public OrderStatus Status { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>The confirmation day (UTC), for grouping by period in SQL.</summary>
    public DateOnly? ConfirmedOn { get; private set; }

    /// <summary>Stored copies of the totals, kept in step with the lines, so statistics add up in SQL.</summary>
    public long TotalScaled { get; private set; }

    public long? TotalInBaseScaled { get; private set; }

    public long PaidScaled { get; private set; }

    /// <summary>Base-currency units per unit of <see cref="Currency"/>, taken on confirmation and kept: history does not shift.</summary>
    public decimal? RateToBase { get; private set; }

    public string? BaseCurrency { get; private set; }

    public decimal? TotalInBase => RateToBase is { } rate ? Scaled.Cents(Total * rate) : null;

    public string? Notes { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public decimal Net => _lines.Sum(l => l.Net);

    public decimal Tax => _lines.Sum(l => l.Tax);

    public decimal Total => Net + Tax;

    public decimal Paid => Scaled.To(PaidScaled);

    public decimal Outstanding => Total - Paid;

    public bool FullyShipped => _lines.Count > 0 && _lines.All(l => l.ShippedScaled >= l.QuantityScaled);

    public static Order Draft(Guid customerId, Guid? opportunityId, string ownerId, string currency, string? notes) =>
        new() { CustomerId = customerId, OpportunityId = opportunityId, OwnerId = ownerId, Currency = currency, Notes = notes };

    /// <summary>Adds a line at the end of a draft (numbered after the last one) and updates the totals.</summary>
    public OrderLine AddLine(OrderLine line)
    {
        Require(OrderStatus.Draft, "addOrderLine");
        if (_lines.Count >= MaxLines)
        {
            throw Invalid("lines", $"already has {MaxLines} lines: an order may hold at most {MaxLines}.");
        }

        line.PlaceOn(Id, _lines.Count == 0 ? 1 : _lines.Max(l => l.Position) + 1);
        _lines.Add(line);
        RefreshTotals();
        return line;
    }

    /// <summary>Removes a line of a draft and updates the totals; returns the line (the caller deletes its row).</summary>
    public OrderLine RemoveLine(Guid lineId)
    {
        Require(OrderStatus.Draft, "removeOrderLine");
        var line = _lines.FirstOrDefault(l => l.Id == lineId) ?? throw Invalid("id", "is not a line of this order.");
        _lines.Remove(line);
        RefreshTotals();
        return line;
    }

    /// <summary>Confirms a draft with its number and the exchange rate of the day; the totals in the base currency are fixed from then on.</summary>
    public void Confirm(string number, string baseCurrency, decimal rateToBase, DateTimeOffset now)
    {
        EnsureConfirmable();
        if (rateToBase <= 0)
        {
            throw Invalid("rateToBase", "must be more than 0.");
        }

        Number = number;
        BaseCurrency = baseCurrency;
        RateToBase = rateToBase;
        Status = OrderStatus.Confirmed;
        ConfirmedAt = now;
        ConfirmedOn = DateOnly.FromDateTime(now.UtcDateTime);
        RefreshTotals();
    }

    /// <summary>Refuses unless this is a draft with at least one line.</summary>
    public void EnsureConfirmable()
    {
        Require(OrderStatus.Draft, "confirmOrder");
        if (_lines.Count == 0)
        {
            throw Invalid("lines", "has no lines: add at least one before confirming.");
        }
    }

    /// <summary>Records a payment of a confirmed order, in cents and at most what is still open; the last one makes it PAID.</summary>
    public Payment RecordPayment(decimal amount, DateTimeOffset at, string? reference, string recordedBy)
    {
        Require(OrderStatus.Confirmed, "recordPayment");
        if (amount <= 0 || Scaled.Cents(amount) != amount)
        {
            throw Invalid("amount", "must be a positive amount in cents.");
        }

        if (amount > Outstanding || amount >= Scaled.MaxAmount)
        {
            throw Invalid("amount", $"is more than the {Outstanding} {Currency} still open.");
        }

        PaidScaled += Scaled.From(amount);
        if (Outstanding == 0)
        {
            Status = OrderStatus.Paid;
            PaidAt = at;
        }

        return Payment.Of(Id, Scaled.From(amount), at, reference, recordedBy);
    }

    /// <summary>
    /// Records a delivery of a paid order: each item names a line and a quantity not yet shipped (errors name
    /// <c>lines[i]</c>). When every line is delivered the order is SHIPPED.
    /// </summary>
    public Shipment Ship(IReadOnlyList<(Guid LineId, decimal Quantity)> items, DateTimeOffset at, string? reference, string recordedBy)
    {
        Require(OrderStatus.Paid, "recordShipment");
        var validator = new Validator();
        if (items.Count == 0)
        {
            validator.Add("lines", "must name at least one line and quantity.");
        }

        var shipped = new Dictionary<OrderLine, long>();
        for (var i = 0; i < items.Count; i++)
        {
            var (lineId, quantity) = items[i];
            var line = _lines.FirstOrDefault(l => l.Id == lineId);
            if (line is null)
            {
                validator.Add($"lines[{i}].lineId", "is not a line of this order.");
                continue;
            }

            var open = line.QuantityScaled - line.ShippedScaled - shipped.GetValueOrDefault(line);
            var scaled = Scaled.From(Math.Min(quantity, 1_000_000_000m));
            if (quantity <= 0 || scaled > open)
            {
                validator.Add($"lines[{i}].quantity", $"must be between 0 and the {Scaled.To(open)} not yet shipped.");
                continue;
            }

            shipped[line] = shipped.GetValueOrDefault(line) + scaled;
        }

        validator.ThrowIfInvalid();
        foreach (var (line, quantity) in shipped)
        {
            line.Ship(quantity);
        }

        if (FullyShipped)
        {
            Status = OrderStatus.Shipped;
        }

        return Shipment.Of(Id, at, reference, recordedBy, shipped.ToDictionary(s => s.Key.Id.ToString("N"), s => Scaled.To(s.Value)));
    }

    public void Complete()
    {
        Require(OrderStatus.Shipped, "completeOrder");
        Status = OrderStatus.Completed;
    }

    /// <summary>Cancels a draft, or a confirmed order nobody has paid anything of; true when it had been confirmed (others were told of it).</summary>
    public bool Cancel()
    {
        if (Status is not (OrderStatus.Draft or OrderStatus.Confirmed) || PaidScaled > 0)
        {
            throw StatusError("cancelOrder");
        }

        var wasConfirmed = Status == OrderStatus.Confirmed;
        Status = OrderStatus.Cancelled;
        return wasConfirmed;
    }

    /// <summary>The lines a query loaded apart from the order (batched for a page of orders).</summary>
    public void ShowLines(IEnumerable<OrderLine> lines)
    {
        _lines.Clear();
        _lines.AddRange(lines);
    }

    private void RefreshTotals()
    {
        TotalScaled = Scaled.From(Total);
        if (RateToBase is { } rate)
        {
            TotalInBaseScaled = Scaled.From(Scaled.Cents(Total * rate));
            foreach (var line in _lines)
            {
                line.ConvertToBase(rate);
            }
        }
    }

    private void Require(OrderStatus status, string action)
    {
        if (Status != status)
        {
            throw StatusError(action);
        }
    }

    private AppException StatusError(string action) =>
        new(ErrorCodes.Validation,
            $"The order is {Status.ToString().ToUpperInvariant()}: {action} is not possible now. Allowed: {Allowed[Status]}.",
            [new FieldError("status", $"is {Status.ToString().ToUpperInvariant()}.")]);

    private static AppException Invalid(string field, string message) => InvalidInput.Of(field, message);
}

package vn.nguon.reporting.domain;

public enum PeriodStatus { OPEN, CLOSED }

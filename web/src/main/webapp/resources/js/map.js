/*
 * Nguồn's maps of units (Leaflet, drawn from Nguồn's own shapes: no tile server is needed, so the map works
 * on a closed network). A div.nguon-map[data-shapes] shows the 34 provinces; clicking one shows its communes;
 * on a province, clicking a point (or "use my location") hands it to the page (data-on-point: the name of a
 * PrimeFaces remoteCommand taking lat and lon), whose server finds the commune and renders the point kept.
 * The lists beside the map stay the accessible way to choose; the map is a help, not the only path.
 */
(function () {
    'use strict';

    var STYLE = {color: '#1f4e79', weight: 1, fillColor: '#dbe7f3', fillOpacity: 0.55};
    var HOVER = {fillColor: '#a9c6e3', fillOpacity: 0.7};
    var COLOURS = {GREEN: '#2e7d32', AMBER: '#f9a825', RED: '#c62828', GREY: '#bdbdbd', NONE: '#90a4ae'};

    function json(text) {
        try {
            return text ? JSON.parse(text) : null;
        } catch (e) {
            return null;
        }
    }

    function NguonMap(el) {
        this.el = el;
        this.unit = null;
        this.layer = null;
        this.marker = null;
        this.map = L.map(el, {zoomSnap: 0.25, minZoom: 4, maxZoom: 16});
        this.map.attributionControl.setPrefix('Leaflet');
        if (el.getAttribute('data-attribution')) {
            this.map.attributionControl.addAttribution(el.getAttribute('data-attribution'));
        }
        this.map.setView([16, 106], 5);
        var self = this;
        this.map.on('click', function (e) {
            if (self.unit) {
                self.choose(e.latlng.lat, e.latlng.lng);
            }
        });
        el.nguonMap = this;
    }

    /** Shows the provinces (unit empty) or one province's communes. */
    NguonMap.prototype.show = function (unit) {
        var self = this;
        unit = unit || '';
        self.el.setAttribute('data-loading', unit || 'provinces');
        return fetch(self.el.getAttribute('data-shapes') + (unit ? '?unit=' + encodeURIComponent(unit) : ''),
            {headers: {Accept: 'application/geo+json'}, credentials: 'same-origin'})
            .then(function (r) {
                if (!r.ok) {
                    throw new Error('shapes ' + r.status);
                }
                return r.json();
            })
            .then(function (shapes) {
                if (self.layer) {
                    self.map.removeLayer(self.layer);
                }
                var status = json(self.el.getAttribute('data-status')), values = json(self.el.getAttribute('data-values'));
                var drill = self.el.getAttribute('data-drill');
                var styleOf = function (f) {
                    var s = status && status[f.properties.code];
                    return s ? {color: '#37474f', weight: 1, fillColor: COLOURS[s] || COLOURS.GREY, fillOpacity: 0.8} : STYLE;
                };
                self.layer = L.geoJSON(shapes, {
                    style: styleOf,
                    onEachFeature: function (f, layer) {
                        var value = values && values[f.properties.code];
                        layer.bindTooltip(f.properties.name + (value ? ': ' + value : ''), {sticky: true});
                        layer.on('mouseover', function () { layer.setStyle(HOVER); });
                        layer.on('mouseout', function () { layer.setStyle(styleOf(f)); });
                        if (drill) {
                            layer.on('click', function (e) {
                                L.DomEvent.stop(e);
                                window.location.href = drill + encodeURIComponent(f.properties.code);
                            });
                        } else if (!unit) {
                            layer.on('click', function (e) {
                                L.DomEvent.stop(e);
                                self.pickProvince(f.properties.code);
                            });
                        }
                    }
                }).addTo(self.map);
                self.unit = unit || null;
                self.map.fitBounds(self.layer.getBounds(), {padding: [8, 8], animate: false});
                self.el.setAttribute('data-loaded', unit || 'provinces');
                self.el.removeAttribute('data-loading');
                if (self.marker) {
                    self.marker.bringToFront();
                }
            });
    };

    /** A province clicked on the national map: its communes, and the page's province list follows. */
    NguonMap.prototype.pickProvince = function (code) {
        var input = this.el.getAttribute('data-province-input');
        var widget = input && window.PrimeFaces ? findWidget(input) : null;
        if (widget) {
            widget.selectValue(code);
            widget.triggerChange(); // the list of communes is reloaded by the page's own ajax; the map follows the change
        } else {
            this.show(code);
        }
    };

    /**
     * A point chosen: the page is told (data-on-point: a remoteCommand taking lat and lon); the server finds the
     * commune it lies in, picks it in the lists and renders the point (see follow), or says it lies in none.
     */
    NguonMap.prototype.choose = function (lat, lon) {
        var callback = window[this.el.getAttribute('data-on-point')];
        if (typeof callback === 'function') {
            callback([{name: 'lat', value: lat.toFixed(6)}, {name: 'lon', value: lon.toFixed(6)}]);
        }
    };

    /**
     * After the page's ajax: the point the server kept (an element [data-point-for=<map id>] with data-lat,
     * data-lon, data-province, data-name) is marked and its province drawn; no such element, no marker.
     */
    NguonMap.prototype.follow = function () {
        var p = document.querySelector('[data-point-for="' + this.el.id + '"]');
        var lat = p ? parseFloat(p.getAttribute('data-lat')) : NaN, lon = p ? parseFloat(p.getAttribute('data-lon')) : NaN;
        if (!isFinite(lat) || !isFinite(lon)) {
            if (this.marker) {
                this.map.removeLayer(this.marker);
                this.marker = null;
                this.el.removeAttribute('data-marked');
            }
            return;
        }
        this.mark(lat, lon, p.getAttribute('data-name'));
        var province = p.getAttribute('data-province');
        if (province && province !== this.unit) {
            this.show(province);
        }
    };

    NguonMap.prototype.mark = function (lat, lon, label) {
        if (this.marker) {
            this.map.removeLayer(this.marker);
        }
        this.marker = L.circleMarker([lat, lon], {radius: 8, color: '#b71c1c', weight: 3, fillColor: '#e53935', fillOpacity: 0.9})
            .addTo(this.map);
        if (label) {
            this.marker.bindTooltip(label, {permanent: false});
        }
        this.el.setAttribute('data-marked', lat.toFixed(5) + ',' + lon.toFixed(5));
    };

    function findWidget(inputId) {
        var found = null;
        Object.keys(PrimeFaces.widgets).forEach(function (name) {
            var w = PrimeFaces.widgets[name];
            if (w && w.input && w.input.attr && w.input.attr('id') === inputId) {
                found = w;
            }
        });
        return found;
    }

    function start(el) {
        if (el.nguonMap || typeof L === 'undefined') {
            return;
        }
        var m = new NguonMap(el);
        m.show(el.getAttribute('data-unit') || '').then(function () { m.follow(); });
        var input = el.getAttribute('data-province-input');
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', function () {
                if (document.body.contains(el)) {
                    m.follow();
                }
            });
        }
        if (input && window.jQuery) {
            // PrimeFaces announces a changed list through jQuery: the map shows the province chosen there
            jQuery(document).on('change', '[id="' + input + '"]', function () {
                m.show(this.value || '');
            });
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.nguon-map[data-shapes]').forEach(start);
        if (window.jQuery) {
            // a map the page's ajax drew anew (another indicator chosen) starts like the first
            jQuery(document).on('pfAjaxComplete', function () {
                document.querySelectorAll('.nguon-map[data-shapes]').forEach(start);
            });
        }
    });

    document.addEventListener('click', function (e) {
        var t = e.target.closest ? e.target.closest('[data-locate-for],[data-all-for]') : null;
        if (!t) {
            return;
        }
        var el = document.getElementById(t.getAttribute('data-locate-for') || t.getAttribute('data-all-for'));
        if (!el || !el.nguonMap) {
            return;
        }
        if (t.hasAttribute('data-all-for')) {
            el.nguonMap.show('');
            return;
        }
        var status = document.getElementById(t.getAttribute('data-status'));
        var denied = function () {
            if (status) {
                status.textContent = t.getAttribute('data-denied');
            }
        };
        if (status) {
            status.textContent = '';
        }
        if (!navigator.geolocation) {
            denied();
            return;
        }
        navigator.geolocation.getCurrentPosition(function (pos) {
            el.nguonMap.choose(pos.coords.latitude, pos.coords.longitude);
        }, denied, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
    });
})();
